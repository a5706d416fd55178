package dk.trappen.casefile;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.trappen.casefile.internal.CaseNote;
import dk.trappen.casefile.internal.CaseNoteRepository;
import dk.trappen.casefile.internal.CaseParticipant;
import dk.trappen.casefile.internal.CaseParticipantRepository;
import dk.trappen.casefile.internal.Child;
import dk.trappen.casefile.internal.ChildCase;
import dk.trappen.casefile.internal.ChildCaseRepository;
import dk.trappen.casefile.internal.ChildRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.StaffMember;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.CaseContext;
import dk.trappen.staircase.Measures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case: opened once, shared by every concern and measure about the child, owned by one
 * responsible caseworker, closed only when every measure has ended.
 */
@Service
@Transactional
public class ChildCases {

    private final ChildCaseRepository cases;
    private final ChildRepository children;
    private final CaseParticipantRepository participants;
    private final CaseNoteRepository notes;
    private final Measures measures;
    private final Organisation organisation;
    private final CaseloadProperties caseload;
    private final ApplicationEventPublisher events;
    private final TimeSource time;
    private final dk.trappen.casefile.internal.InvestigationRepository investigations;
    private final dk.trappen.casefile.internal.SupportPersonRepository supportPersons;

    ChildCases(ChildCaseRepository cases, ChildRepository children, CaseParticipantRepository participants,
               CaseNoteRepository notes, Measures measures, Organisation organisation, CaseloadProperties caseload,
               ApplicationEventPublisher events, TimeSource time,
               dk.trappen.casefile.internal.InvestigationRepository investigations,
               dk.trappen.casefile.internal.SupportPersonRepository supportPersons) {
        this.supportPersons = supportPersons;
        this.investigations = investigations;
        this.cases = cases;
        this.children = children;
        this.participants = participants;
        this.notes = notes;
        this.measures = measures;
        this.organisation = organisation;
        this.caseload = caseload;
        this.events = events;
        this.time = time;
    }

    /** A caseworker's case was given to another: the case's open tasks follow it. */
    public record CaseReassigned(CaseRef ref, String from, String to) {
    }

    @Transactional(readOnly = true)
    public Optional<CaseRef> openCaseOf(long childId) {
        return cases.findFirstByChildIdAndStatus(childId, ChildCase.Status.OPEN).map(ChildCase::toRef);
    }

    @Transactional(readOnly = true)
    public CaseRef ref(long caseId) {
        return cases.findById(caseId).map(ChildCase::toRef)
                .orElseThrow(() -> new NotFoundException("Sag " + caseId + " findes ikke"));
    }

    /** The case with this number (SAG-2026-000123), which carries its id. */
    @Transactional(readOnly = true)
    public Optional<CaseRef> byNumber(String caseNumber) {
        if (caseNumber == null || !caseNumber.trim().matches("SAG-\\d{4}-\\d{6}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(caseNumber.trim().substring(9));
        return cases.findById(id).map(ChildCase::toRef).filter(ref -> ref.caseNumber().equals(caseNumber.trim()));
    }

    /**
     * Opens the child's case, or returns the one already open: a child has one open case at a time.
     * Two concerns about one child reach "Opret sag" together (two job executor threads, two nodes):
     * the child's row is locked first, so the second waits for the first to commit and finds its
     * case instead of opening another.
     */
    public CaseRef openCase(long childId, String openedBy, Long originConcernId) {
        Child child = children.lockById(childId)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
        CaseRef ref = openCaseOf(childId).orElseGet(
                () -> cases.save(ChildCase.open(child, openedBy, originConcernId, time.now())).toRef());
        recordInvolvement(ref.id(), openedBy);
        return ref;
    }

    /**
     * Opens the child's case for a concern routed by {@code routedBy} (or returns the one already
     * open). The router becomes the responsible caseworker, unless they already have the maximum
     * caseload: then the case belongs to its team (no caseworker) and {@link OpenedCase#caseloadFull()}
     * tells the process to let the team leader distribute it. The maximum holds here as it does for
     * {@link #assign}.
     */
    public OpenedCase openRoutedCase(long childId, String routedBy, Long originConcernId) {
        Child child = children.lockById(childId)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " findes ikke"));
        java.util.Optional<CaseRef> open = openCaseOf(childId);
        if (open.isPresent()) {
            recordInvolvement(open.get().id(), routedBy);
            return new OpenedCase(open.get(), false);
        }
        long load = cases.countByCaseworkerAndStatus(routedBy, ChildCase.Status.OPEN);
        boolean full = load >= caseload.max();
        CaseRef ref = cases.save(ChildCase.open(child, routedBy, full ? null : routedBy, originConcernId, time.now())).toRef();
        recordInvolvement(ref.id(), routedBy);
        if (full) {
            notes.save(new CaseNote(ref.id(), CaseNoteKind.CASE_TO_TEAM, routedBy + " har allerede " + load
                    + " sager (maksimum " + caseload.max() + "): sagen ligger hos teamet, og teamlederen fordeler den.",
                    null, routedBy, time.now()));
        }
        return new OpenedCase(ref, full);
    }

    /** A case opened (or found open) for a routed concern; {@code caseloadFull}: it went to the team. */
    public record OpenedCase(CaseRef ref, boolean caseloadFull) {
    }

    /** Notes that a user has worked on a case (opened it, assessed, decided, visited). */
    public void recordInvolvement(long caseId, String userId) {
        if (!participants.existsById(new CaseParticipant.Key(caseId, userId))) {
            participants.save(new CaseParticipant(caseId, userId, time.now()));
        }
    }

    /**
     * Records "Genvurdér sagen". A concern about abuse or suspected abuse always leads to a new
     * investigation (Barnets lov § 20 stk. 1 nr. 2): any other outcome is refused, naming the field.
     */
    public void reassess(long caseId, Reassessment reassessment, String userId) {
        Problems problems = new Problems();
        problems.require(ChildCaseProcess.REASSESSMENT_OUTCOME, reassessment.outcome());
        problems.require("note", reassessment.reason());
        problems.maxLength("note", reassessment.reason(), 10000);
        if (reassessment.concernsAbuse() && reassessment.outcome() == Reassessment.Outcome.CONTINUE) {
            problems.add(ChildCaseProcess.REASSESSMENT_OUTCOME, "skal være en ny børnefaglig undersøgelse: underretningen"
                    + " vedrører overgreb eller mistanke om overgreb (Barnets lov § 20 stk. 1 nr. 2)");
        }
        problems.throwIfAny();
        String outcome = reassessment.outcome() == Reassessment.Outcome.CONTINUE ? "Sagen fortsætter som planlagt"
                : "Ny børnefaglig undersøgelse";
        recordNote(caseId, CaseNoteKind.REASSESSMENT, outcome + ". " + reassessment.reason().trim(), null, userId);
        if (reassessment.outcome() == Reassessment.Outcome.NEW_INVESTIGATION && reassessment.custodyHolders() != null) {
            // A new investigation is a decision (§ 20) with its letters, recorded in this transaction.
            events.publishEvent(new InvestigationOpened(caseId, userId, time.today(), reassessment.reason().trim(),
                    reassessment.custodyHolders(), reassessment.concernsAbuse()));
        }
    }

    @Transactional(readOnly = true)
    public boolean hasWorkedOn(long caseId, String userId) {
        return participants.existsById(new CaseParticipant.Key(caseId, userId));
    }

    /** Whether the child is placed now: a granted placement runs on the case. */
    @Transactional(readOnly = true)
    public boolean placed(long caseId) {
        return measures.ofCase(caseId).stream()
                .anyMatch(m -> m.status() == dk.trappen.staircase.MeasureStatus.GRANTED && m.isPlacement());
    }

    /** The case as the staircase sees it: ids, team and the child's age today (null if unknown). */
    @Transactional(readOnly = true)
    public CaseContext context(long caseId) {
        ChildCase childCase = entity(caseId);
        Child child = children.findById(childCase.childId()).orElseThrow();
        Integer age = child.toRef().birthDate() == null ? null
                : Period.between(child.toRef().birthDate(), time.today()).getYears();
        return new CaseContext(caseId, childCase.childId(), childCase.teamId(), age,
                !investigations.findByCaseIdOrderByCompletedAtAscIdAsc(caseId).isEmpty());
    }

    public void recordNote(long caseId, CaseNoteKind kind, String text, java.time.LocalDate dueOn, String writtenBy) {
        Problems problems = new Problems();
        problems.require("note", text);
        problems.maxLength("note", text, 10000);
        problems.throwIfAny();
        entity(caseId);
        notes.save(new CaseNote(caseId, kind, text.trim(), dueOn, writtenBy, time.now()));
        recordInvolvement(caseId, writtenBy);
    }

    @Transactional(readOnly = true)
    public List<CaseNoteView> notes(long caseId) {
        return notes.findByCaseIdOrderByWrittenAtAscIdAsc(caseId).stream().map(CaseNote::toView).toList();
    }

    /** Closes the case ("Afslut sag"): needs a reason, and every measure of the case ended. */
    public CaseRef close(long caseId, String reason, String closedBy) {
        ChildCase childCase = entity(caseId);
        Problems problems = new Problems();
        if (childCase.status() == ChildCase.Status.CLOSED) {
            problems.add("caseAction", "sagen er allerede afsluttet");
        }
        long open = measures.openCount(caseId);
        if (open > 0) {
            problems.add("caseAction", "sagen har " + open + (open == 1 ? " indsats" : " indsatser")
                    + ", der ikke er afsluttet: afslut dem først");
        }
        problems.require("closeReason", reason);
        problems.maxLength("closeReason", reason, 4000);
        problems.throwIfAny();
        childCase.close(closedBy, reason.trim(), time.now());
        recordInvolvement(caseId, closedBy);
        return childCase.toRef();
    }

    /**
     * Gives the case to another caseworker of its team. A caseworker already at the maximum
     * caseload gets it only from the team leader (or an administrator).
     */
    /**
     * Records the child's support person (bisidder, Barnets lov § 6) on an open case, replacing an
     * earlier one; the case's team and its leader may. Noted in the case's journal.
     */
    /**
     * The case for an act on it by {@code actor}: its team, the team's leader or an administrator
     * (as for handing the case over), and only while the case is open.
     */
    @Transactional(readOnly = true)
    public CaseRef refForAct(long caseId, CurrentUser actor) {
        ChildCase childCase = entity(caseId);
        requireWriter(childCase, actor);
        if (childCase.status() != ChildCase.Status.OPEN) {
            throw InvalidInputException.of("caseId", "sagen er afsluttet");
        }
        return childCase.toRef();
    }

    private static void requireWriter(ChildCase childCase, CurrentUser actor) {
        String team = childCase.teamId();
        if (!actor.isIn(Groups.teamLeaders(team)) && !actor.isAdmin() && !actor.isInTeam(team)) {
            throw new ForbiddenException("Sagen hører under et andet team.");
        }
    }

    public SupportPerson recordSupportPerson(long caseId, SupportPerson person, CurrentUser actor) {
        ChildCase childCase = entity(caseId);
        requireWriter(childCase, actor);
        Problems problems = new Problems();
        if (person == null) {
            problems.add("name", "skal udfyldes");
            problems.throwIfAny();
        }
        if (problems.require("name", person.name()) && person.name().codePoints().noneMatch(Character::isLetter)) {
            problems.add("name", "skal indeholde et navn");
        }
        problems.maxLength("name", person.name(), 200);
        problems.maxLength("contact", person.contact(), 200);
        problems.maxLength("relation", person.relation(), 200);
        if (childCase.status() != ChildCase.Status.OPEN) {
            problems.add("caseId", "sagen er afsluttet");
        }
        problems.throwIfAny();
        SupportPerson clean = new SupportPerson(person.name().trim(), blankToNull(person.contact()),
                blankToNull(person.relation()));
        supportPersons.findById(caseId).ifPresentOrElse(existing -> existing.replace(clean, actor.id(), time.now()),
                () -> supportPersons.save(new dk.trappen.casefile.internal.SupportPersonEntity(caseId, clean, actor.id(),
                        time.now())));
        recordNote(caseId, CaseNoteKind.SUPPORT_PERSON, "Barnets bisidder (Barnets lov § 6): " + clean.name()
                + (clean.relation() == null ? "" : " (" + clean.relation() + ")") + ". Inviteres til sagens netværksmøder.",
                null, actor.id());
        return clean;
    }

    /** The child's support person on the case, if one is recorded. */
    @Transactional(readOnly = true)
    public Optional<SupportPerson> supportPerson(long caseId) {
        return supportPersons.findById(caseId).map(dk.trappen.casefile.internal.SupportPersonEntity::toView);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public CaseRef assign(long caseId, String caseworker, CurrentUser actor) {
        ChildCase childCase = entity(caseId);
        String team = childCase.teamId();
        boolean leader = actor.isIn(Groups.teamLeaders(team)) || actor.isAdmin();
        if (!leader && !actor.isInTeam(team)) {
            throw new ForbiddenException("Sagen hører under et andet team.");
        }
        if (childCase.status() != ChildCase.Status.OPEN) {
            throw InvalidInputException.of("caseworker", "sagen er afsluttet");
        }
        if (caseworker == null || caseworker.isBlank()) {
            throw InvalidInputException.of("caseworker", "skal udfyldes");
        }
        if (organisation.caseworkersOf(team).stream().noneMatch(member -> member.id().equals(caseworker))) {
            throw InvalidInputException.of("caseworker", "er ikke rådgiver i sagens team (" + team + ")");
        }
        String previous = childCase.caseworker();
        if (caseworker.equals(previous)) {
            return childCase.toRef();
        }
        String from = previous == null ? "teamet" : previous;
        long load = cases.countByCaseworkerAndStatus(caseworker, ChildCase.Status.OPEN);
        if (load >= caseload.max() && !leader) {
            throw new ForbiddenException(caseworker + " har allerede " + load + " sager (maksimum " + caseload.max()
                    + "): kun teamlederen kan give flere.");
        }
        childCase.assign(caseworker);
        notes.save(new CaseNote(caseId, CaseNoteKind.REASSIGNED, "Sagen er overdraget fra " + from + " til "
                + caseworker + " af " + actor.id() + ".", null, actor.id(), time.now()));
        events.publishEvent(new CaseReassigned(childCase.toRef(), previous, caseworker));
        return childCase.toRef();
    }

    /** Open cases per caseworker of the teams {@code user} belongs to (all teams for managers). */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> caseload(CurrentUser user) {
        boolean all = user.isInAny(Groups.MANAGERS, Groups.ADMIN);
        Map<String, Long> open = cases.countOpenByCaseworker().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        List<StaffMember> staff = organisation.teams().stream()
                .filter(team -> all || user.isInTeam(team.id()) || user.isIn(Groups.teamLeaders(team.id())))
                .flatMap(team -> organisation.caseworkersOf(team.id()).stream()).toList();
        if (staff.isEmpty() && !all) {
            throw new ForbiddenException("Sagstal vises for teamets medarbejdere, teamledere og ledelsen.");
        }
        return staff.stream().map(member -> {
            long count = open.getOrDefault(member.id(), 0L);
            return new CaseloadEntry(member.id(), member.name(), member.teamId(), count, caseload.target(),
                    caseload.max(), CaseloadEntry.level(count, caseload.target(), caseload.max()));
        }).toList();
    }

    /** The team's open cases, oldest first: what the team leader's supervision draws from. */
    @Transactional(readOnly = true)
    public List<CaseRef> openCasesOfTeam(String teamId) {
        return cases.findByTeamIdAndStatusOrderByIdAsc(teamId, ChildCase.Status.OPEN).stream().map(ChildCase::toRef).toList();
    }

    /** Every case of the team, open or closed, with whether it is open (statistics). */
    @Transactional(readOnly = true)
    public List<CaseView> casesOfTeam(String teamId) {
        return cases.findByTeamIdOrderByIdAsc(teamId).stream().map(ChildCases::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> latestCaseOf(long childId) {
        return cases.findFirstByChildIdOrderByOpenedAtDescIdDesc(childId).map(ChildCases::view);
    }

    @Transactional(readOnly = true)
    public CaseView view(long caseId) {
        return view(entity(caseId));
    }

    private static CaseView view(ChildCase c) {
        return new CaseView(c.toRef(), c.status() == ChildCase.Status.OPEN, c.openedAt(), c.originConcernId(),
                c.closedAt(), c.closedBy(), c.closeReason());
    }

    private ChildCase entity(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Sag " + caseId + " findes ikke"));
    }
}
