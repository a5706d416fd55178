package dk.trappen.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseNoteKind;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildIdentity;
import dk.trappen.casefile.ChildRecord;
import dk.trappen.casefile.ChildRef;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.Cpr;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.LegalRules;
import dk.trappen.intake.internal.Concern;
import dk.trappen.intake.internal.ConcernNote;
import dk.trappen.intake.internal.ConcernNoteRepository;
import dk.trappen.intake.internal.ConcernRepository;
import dk.trappen.intake.internal.TriageDecision;
import dk.trappen.intake.internal.TriageDecisionRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Letter;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns (underretninger) from registration to triage. The intake process calls this service
 * for every step; personal data and free text are stored here, the process gets ids and facts.
 */
@Service
@Transactional
public class ConcernService {

    /** Barnets lov § 20 stk. 1 nr. 2: abuse or suspected abuse is always investigated (or acted on at once). */
    static final java.util.Set<Route> ABUSE_ROUTES = java.util.EnumSet.of(Route.INVESTIGATION, Route.ACUTE_ACTION);
    static final String ABUSE_NEEDS_INVESTIGATION = "ved overgreb eller mistanke om overgreb skal der altid iværksættes"
            + " en børnefaglig undersøgelse (Barnets lov § 20 stk. 1 nr. 2)";

    static final int MAX_TEXT = 10_000;
    static final int MAX_SHORT = 200;
    /** Clocks of notifying systems drift; a receipt a few minutes "in the future" is still accepted. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final ConcernRepository concerns;
    private final TriageDecisionRepository triageDecisions;
    private final ConcernNoteRepository notes;
    private final ChildRegistry children;
    private final ChildCases cases;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final TimeSource time;
    private final ObjectMapper json;
    private final dk.trappen.staircase.Measures measures;
    private final org.springframework.context.ApplicationEventPublisher events;

    ConcernService(ConcernRepository concerns, TriageDecisionRepository triageDecisions, ConcernNoteRepository notes,
                   ChildRegistry children, ChildCases cases, Organisation organisation, Deadlines deadlines,
                   Outbox outbox, RuntimeService runtime, TimeSource time, ObjectMapper json,
                   dk.trappen.staircase.Measures measures, org.springframework.context.ApplicationEventPublisher events) {
        this.measures = measures;
        this.events = events;
        this.concerns = concerns;
        this.triageDecisions = triageDecisions;
        this.notes = notes;
        this.children = children;
        this.cases = cases;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.runtime = runtime;
        this.time = time;
        this.json = json;
    }

    /** Every concern received so far: a monotonic count, so a metrics system can derive the intake rate. */
    @Transactional(readOnly = true)
    public long totalReceived() {
        return concerns.count();
    }

    /**
     * Registers a concern from an external system or a person over the API and starts its intake
     * process, in one transaction: either both exist or neither. With an idempotency key, a repeat
     * of the same request returns the concern the first one created.
     */
    public RegisteredConcern register(ConcernRegistration registration, String idempotencyKey) {
        CurrentUser user = organisation.currentUser();
        requireMayRegister(user);
        String requestHash = hash(registration);
        if (idempotencyKey != null) {
            Problems problems = new Problems();
            problems.maxLength("Idempotency-Key", idempotencyKey, MAX_SHORT);
            problems.throwIfAny();
            Optional<Concern> earlier = concerns.findByIdempotencyOwnerAndIdempotencyKey(user.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
        }
        Concern concern = store(registration, Concern.Channel.API, user,
                idempotencyKey != null ? new Idempotency(idempotencyKey, requestHash) : null);
        return start(concern);
    }

    /**
     * A concern passed on to the authority by another unit of the municipality (the early-prevention
     * unit: a request outside its target group, or a course that ends with worries), about a child
     * the registry already knows, so nothing is typed twice. The unit is the professional notifier
     * and gets the acknowledgement. Runs in the unit's service task, as the staff member who decided.
     */
    public RegisteredConcern registerPassedOn(PassedOnConcern passedOn) {
        Problems problems = new Problems();
        problems.require("notifierOrganisation", passedOn.notifierOrganisation());
        problems.require("notifierContact", passedOn.notifierContact());
        requireText(problems, "description", passedOn.description());
        problems.require("concernLevel", passedOn.concernLevel());
        problems.throwIfAny();
        ChildRef child = children.ref(passedOn.childId());
        Instant receivedAt = time.now();
        Concern concern = concerns.save(Concern.received(child.id(), child.teamId(), NotifierType.PROFESSIONAL,
                passedOn.notifierOrganisation(), passedOn.notifierContact(), receivedAt, passedOn.description().trim(),
                passedOn.concernLevel(), false, cases.openCaseOf(child.id()).isPresent(),
                deadlines.deadline(LegalRules.CONCERN_ASSESSMENT, receivedAt),
                deadlines.dueDate(LegalRules.ACKNOWLEDGEMENT, receivedAt), Concern.Channel.API,
                passedOn.passedOnBy(), receivedAt));
        return start(concern);
    }

    /**
     * "Henvist til Tidlig Forebyggelse": the unit's process {@code earlyPrevention} starts with the
     * concern's id and child (its start message), so the family is not asked again.
     */
    public void startPrevention(long concernId) {
        Concern concern = concern(concernId);
        runtime.createMessageCorrelation(IntakeProcess.PREVENTION_REFERRAL_MESSAGE)
                .setVariable(IntakeProcess.CONCERN_ID, concern.id())
                .setVariable(IntakeProcess.CONCERN_NUMBER, concern.concernNumber())
                .setVariable(IntakeProcess.CHILD_ID, concern.childId())
                .correlateStartMessage();
    }

    private RegisteredConcern start(Concern concern) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(IntakeProcess.KEY)
                .businessKey(concern.concernNumber())
                .setVariables(startVariables(concern))
                .execute();
        concern.startedAs(instance.getId());
        return registered(concern, false);
    }

    /** The concern an earlier request with this key created, if any (after a lost race on the key). */
    @Transactional(readOnly = true)
    public Optional<RegisteredConcern> findRegistered(String idempotencyKey, ConcernRegistration registration) {
        CurrentUser user = organisation.currentUser();
        return concerns.findByIdempotencyOwnerAndIdempotencyKey(user.id(), idempotencyKey)
                .map(concern -> replay(concern, hash(registration)));
    }

    /**
     * Registers a concern entered in Tasklist's start form; the intake process is already starting.
     *
     * @return the variables the process starts with
     */
    public Map<String, Object> registerFromStartForm(ConcernRegistration registration, String processInstanceId) {
        CurrentUser user = organisation.currentUser();
        requireMayRegister(user);
        Concern concern = store(registration, Concern.Channel.FORM, user, null);
        concern.startedAs(processInstanceId);
        return startVariables(concern);
    }

    /** The concern with its child's record, for a user of the responsible team or intake. Audit-logged. */
    @Transactional
    public ConcernView view(long concernId, AccessChannel channel) {
        CurrentUser user = organisation.currentUser();
        if (!user.isIn(Groups.PREVENTION)) {
            children.requireReader(user);
        }
        Concern concern = concern(concernId);
        boolean referredToUser = concern.route() == Route.EARLY_PREVENTION && user.isIn(Groups.PREVENTION);
        if (!children.mayRead(user, concern.teamId()) && !referredToUser) {
            throw children.refused(concern.childId(), user, channel, "Underretning " + concern.concernNumber(),
                    "Underretningen hører under et andet team.");
        }
        ChildRecord child = children.readAuthorized(concern.childId(), user, channel,
                "Underretning " + concern.concernNumber());
        Optional<CaseRef> openedCase = Optional.ofNullable(concern.caseId()).map(cases::ref);
        return new ConcernView(concern.id(), concern.concernNumber(), concern.status(), concern.notifierType(),
                concern.notifierOrganisation(), concern.notifierContact(),
                new ConcernView.Child(child.id(), child.cpr(), child.name(), child.birthDate()),
                concern.teamId(), concern.receivedAt(), concern.description(), concern.concernLevel(),
                concern.concernsAbuse(), concern.childHadOpenCase(), concern.assessmentDueAt(),
                concern.acknowledgementDueDate(), concern.acknowledgedAt(), concern.assessedAt(),
                concern.assessedBy(), concern.secondAssessor(), concern.acuteDanger(), concern.boundedProblem(),
                concern.familyMotivated(), concern.route(), concern.caseId(),
                openedCase.map(CaseRef::caseNumber).orElse(null),
                triageDecisions.findByConcernIdOrderById(concernId).stream().map(TriageDecision::toView).toList(),
                notes.findByConcernIdOrderById(concernId).stream().map(ConcernNote::toView).toList());
    }

    /**
     * Records the 24-hour assessment. When the child already had an open case, a second assessor who
     * has not worked on that case must take part (Barnets lov § 137); otherwise the assessment is refused.
     */
    public void recordAssessment(long concernId, Assessment assessment) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        problems.require(IntakeProcess.ACUTE_DANGER, assessment.acuteDanger());
        problems.require(IntakeProcess.CONCERN_LEVEL, assessment.concernLevel());
        problems.require(IntakeProcess.BOUNDED_PROBLEM, assessment.boundedProblem());
        problems.require(IntakeProcess.FAMILY_MOTIVATED, assessment.familyMotivated());
        requireText(problems, IntakeProcess.NOTE, assessment.note());
        if (concern.childHadOpenCase()) {
            checkSecondAssessor(problems, concern, assessment.secondAssessor(), user);
        }
        if (concern.concernsAbuse() && Boolean.FALSE.equals(assessment.concernsAbuse())) {
            problems.add(IntakeProcess.CONCERNS_ABUSE, "kan ikke fjernes: underretningen er modtaget som en underretning om "
                    + "overgreb eller mistanke om overgreb, og den skal undersøges (Barnets lov § 20 stk. 1 nr. 2)");
        }
        problems.throwIfAny();
        if (Boolean.TRUE.equals(assessment.concernsAbuse())) {
            concern.markAbuse();
        }
        concern.assessed(assessment, user.id(), time.now());
        note(concern, NoteKind.ASSESSMENT, assessment.note(), user);
    }

    /**
     * Records the caseworker's triage: the rule's proposal and their choice. A different choice
     * needs a reason; closing without further action needs the advice that was given.
     */
    public void recordTriage(long concernId, Route proposed, Route chosen, String reason, String adviceGiven) {
        recordTriage(concernId, proposed, chosen, reason, adviceGiven, null);
    }

    /**
     * As above; a route to investigation is a decision (§ 20), so it needs its reasons and the custody
     * holders its letter goes to ({@code investigation}, required then), recorded when the case opens.
     */
    public void recordTriage(long concernId, Route proposed, Route chosen, String reason, String adviceGiven,
                             InvestigationDecision investigation) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        problems.require(IntakeProcess.ROUTE, chosen);
        if (chosen != null && chosen != proposed) {
            requireText(problems, IntakeProcess.ROUTE_REASON, reason);
        } else {
            problems.maxLength(IntakeProcess.ROUTE_REASON, reason, MAX_TEXT);
        }
        if (chosen == Route.NO_FURTHER_ACTION) {
            requireText(problems, IntakeProcess.ADVICE_GIVEN, adviceGiven);
        }
        if (chosen != null && concern.concernsAbuse() && !ABUSE_ROUTES.contains(chosen)) {
            problems.add(IntakeProcess.ROUTE, ABUSE_NEEDS_INVESTIGATION);
        }
        if (chosen == Route.INVESTIGATION && investigation != null) {
            requireText(problems, IntakeProcess.INVESTIGATION_REASONS, investigation.reasons());
            if (investigation.custodyHolders().isEmpty()) {
                problems.add(IntakeProcess.CUSTODY_HOLDERS, "skal have mindst én indehaver af forældremyndigheden: "
                        + "de får afgørelsen om undersøgelsen som brev");
            }
        }
        problems.throwIfAny();
        TriageDecision triage = new TriageDecision(concernId, proposed, chosen, blankToNull(reason), user.id(), time.now());
        if (chosen == Route.INVESTIGATION && investigation != null) {
            triage.investigation(investigation.reasons().strip(), investigation.custodyHolders());
        }
        triageDecisions.save(triage);
        concern.routed(chosen);
        if (chosen == Route.NO_FURTHER_ACTION) {
            note(concern, NoteKind.ADVICE, adviceGiven, user);
        }
    }

    /** Whether the concern is about abuse or suspected abuse (registered so, or marked at the assessment). */
    @Transactional(readOnly = true)
    public boolean concernsAbuse(long concernId) {
        return concern(concernId).concernsAbuse();
    }

    /**
     * A dialogue meeting with the parents before the investigation is refused for a concern about
     * abuse: such a concern is always investigated (§ 20 stk. 1 nr. 2), with the children's house.
     */
    public void requireDialogueAllowed(long concernId) {
        if (concern(concernId).concernsAbuse()) {
            throw InvalidInputException.of(IntakeProcess.DIALOGUE_MEETING_FIRST,
                    "er ikke muligt ved overgreb eller mistanke om overgreb: " + ABUSE_NEEDS_INVESTIGATION);
        }
    }

    /** A clarification or a dialogue meeting: what was learnt, and the facts the next triage reads. */
    public void recordRevision(long concernId, NoteKind kind, ConcernLevel level, Boolean boundedProblem,
                               Boolean familyMotivated, String note) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        problems.require(IntakeProcess.CONCERN_LEVEL, level);
        problems.require(IntakeProcess.BOUNDED_PROBLEM, boundedProblem);
        problems.require(IntakeProcess.FAMILY_MOTIVATED, familyMotivated);
        requireText(problems, IntakeProcess.NOTE, note);
        problems.throwIfAny();
        concern.revised(level, boundedProblem, familyMotivated);
        note(concern, kind, note, user);
    }

    /** A journal note of a step (child conversation, acute action, escalation handled, ...). */
    public void recordNote(long concernId, NoteKind kind, String text) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        requireText(problems, IntakeProcess.NOTE, text);
        problems.throwIfAny();
        note(concern, kind, text, user);
    }

    /**
     * "Handl akut": what was done, in the concern's journal. An acute placement names the placement
     * offer and the day; the case grants it when it opens (see {@link #acutePlacement}).
     */
    public void recordAcuteAction(long concernId, AcuteAction action) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        problems.require("acuteAction", action.kind());
        requireText(problems, IntakeProcess.NOTE, action.note());
        if (action.kind() == AcuteAction.Kind.PLACEMENT) {
            if (problems.require("offerId", action.offerId())
                    && measures.placementOffersFor(ageAt(children.ref(concern.childId()).birthDate(), time.now())).stream()
                    .noneMatch(offer -> offer.id() == action.offerId())) {
                problems.add("offerId", "er ikke et anbringelsestilbud, der passer til barnets alder");
            }
            if (problems.require("placementStartDate", action.placementStart())
                    && action.placementStart().isAfter(time.today().plusDays(1))) {
                problems.add("placementStartDate", "en akut anbringelse sker nu: datoen kan ikke ligge senere end i morgen");
            }
        }
        problems.throwIfAny();
        if (action.kind() == AcuteAction.Kind.PLACEMENT) {
            concern.acutelyPlaced(action.offerId(), action.placementStart());
        }
        note(concern, NoteKind.ACUTE_ACTION, (action.kind() == AcuteAction.Kind.PLACEMENT ? "Akut anbringelse. " : "")
                + action.note().trim(), user);
    }

    /** The acute placement "Handl akut" made, if any: granted as a measure when the case opens. */
    @Transactional(readOnly = true)
    public Optional<dk.trappen.staircase.AcutePlacement> acutePlacement(long concernId) {
        Concern concern = concern(concernId);
        return concern.acuteOfferId() == null ? Optional.empty()
                : Optional.of(new dk.trappen.staircase.AcutePlacement(concern.acuteOfferId(), concern.acutePlacementStart()));
    }

    /** The placement offers for the concern's child, for "Handl akut"'s select. */
    @Transactional(readOnly = true)
    public List<dk.trappen.staircase.Offer> acutePlacementOffers(long concernId) {
        Concern concern = concern(concernId);
        return measures.placementOffersFor(ageAt(children.ref(concern.childId()).birthDate(), time.now()));
    }

    /** The acknowledgement of receipt to a professional notifier, as an outbox letter. */
    public void acknowledge(long concernId, String text) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        requireText(problems, IntakeProcess.ACKNOWLEDGEMENT_TEXT, text);
        problems.throwIfAny();
        outbox.record(new Letter("ACKNOWLEDGEMENT", concern.concernNumber(), concern.notifierContact(),
                "Kvittering for modtagelse af underretning " + concern.concernNumber(), text,
                concern.acknowledgementDueDate()), user.id());
        concern.acknowledged(user.id(), time.now());
    }

    /** The last moment of the udvidet tilbagemelding (§ 138 stk. 2): 3 months after the concern was received. */
    @Transactional(readOnly = true)
    public Instant extendedFeedbackDue(long concernId) {
        return deadlines.deadline(LegalRules.EXTENDED_FEEDBACK, concern(concernId).receivedAt());
    }

    /**
     * What the concern has led to, as the notifier may be told it (no reasons, no names): an
     * investigation, measures, the child's running case, early help, nothing further, or not yet decided.
     */
    @Transactional(readOnly = true)
    public String extendedFeedbackStatus(long concernId) {
        Concern concern = concern(concernId);
        return switch (concern.status()) {
            case CASE_OPENED -> concern.caseId() != null && measures.openCount(concern.caseId()) > 0
                    ? "Underretningen har ført til en børnefaglig undersøgelse, og der er iværksat indsatser."
                    : "Underretningen har ført til, at kommunen har iværksat en børnefaglig undersøgelse.";
            case PASSED_TO_CASE -> "Barnet har allerede en sag med indsatser; underretningen indgår i vurderingen af dem.";
            case REFERRED -> "Underretningen har ført til en tidlig forebyggende indsats.";
            case CLOSED -> "Underretningen har ikke ført til en børnefaglig undersøgelse eller indsatser.";
            case RECEIVED, ASSESSED -> "Kommunen har endnu ikke afgjort, hvad underretningen fører til.";
        };
    }

    /** The udvidet tilbagemelding to the professional notifier, as an outbox letter; noted on the concern. */
    public void giveExtendedFeedback(long concernId, String text) {
        CurrentUser user = organisation.currentUser();
        Concern concern = concern(concernId);
        Problems problems = new Problems();
        requireText(problems, IntakeProcess.FEEDBACK_TEXT, text);
        problems.throwIfAny();
        outbox.record(new Letter("EXTENDED_FEEDBACK", concern.concernNumber(), concern.notifierContact(),
                "Tilbagemelding om underretning " + concern.concernNumber(), text.strip(),
                time.inZone(extendedFeedbackDue(concernId)).toLocalDate()), user.id());
        notes.save(new ConcernNote(concernId, NoteKind.EXTENDED_FEEDBACK, text.strip(), user.id(), time.now()));
    }

    /**
     * Opens the child's case (or finds the open one) for an investigation or acute action. The router
     * becomes its caseworker unless they have the maximum caseload: then it goes to the team.
     */
    public ChildCases.OpenedCase openCase(long concernId, String openedBy) {
        Concern concern = concern(concernId);
        ChildCases.OpenedCase opened = cases.openRoutedCase(concern.childId(), openedBy, concernId);
        CaseRef ref = opened.ref();
        // Everyone who has worked on the concern has worked on the case (§ 137's "second assessor").
        if (concern.assessedBy() != null) {
            cases.recordInvolvement(ref.id(), concern.assessedBy());
        }
        triageDecisions.findByConcernIdOrderById(concernId).forEach(d -> cases.recordInvolvement(ref.id(), d.decidedBy()));
        notes.findByConcernIdOrderById(concernId).forEach(n -> cases.recordInvolvement(ref.id(), n.writtenBy()));
        concern.caseOpened(ref.id());
        List<TriageDecision> triage = triageDecisions.findByConcernIdOrderById(concernId);
        TriageDecision last = triage.isEmpty() ? null : triage.get(triage.size() - 1);
        if (last != null && last.chosenRoute() == Route.INVESTIGATION && last.investigationReasons() != null) {
            events.publishEvent(new dk.trappen.casefile.InvestigationOpened(ref.id(), last.decidedBy(),
                    time.inZone(last.decidedAt()).toLocalDate(), last.investigationReasons(), last.custodyHolders(),
                    concern.concernsAbuse()));
        }
        if (concern.concernsAbuse()) {
            cases.recordNote(ref.id(), CaseNoteKind.CHILDRENS_HOUSE, "Underretning " + concern.concernNumber()
                    + " vedrører overgreb eller mistanke om overgreb: børnehuset skal inddrages i den børnefaglige"
                    + " undersøgelse (Barnets lov § 124), og samtalen med barnet er obligatorisk.", null, openedBy);
        }
        return opened;
    }

    /**
     * A concern about a child who already has an open case goes to that case for reassessment
     * ("Genvurdér sagen", Barnets lov § 137) instead of being triaged as if the child were unknown.
     * Refused (an incident an operator sees) when the case was closed after the assessment.
     */
    public CaseRef passToCase(long concernId) {
        Concern concern = concern(concernId);
        CaseRef ref = cases.openCaseOf(concern.childId()).orElseThrow(() -> new IllegalStateException(
                "Underretning " + concern.concernNumber() + ": barnets sag er lukket efter vurderingen; visitér underretningen"
                        + " igen ved at flytte processen til \"Visitér underretning\" i Cockpit"));
        if (concern.assessedBy() != null) {
            cases.recordInvolvement(ref.id(), concern.assessedBy());
        }
        concern.passedToCase(ref.id());
        if (concern.concernsAbuse()) {
            cases.recordNote(ref.id(), CaseNoteKind.CHILDRENS_HOUSE, "Underretning " + concern.concernNumber()
                    + " vedrører overgreb eller mistanke om overgreb: der skal gennemføres en ny børnefaglig undersøgelse"
                    + " (Barnets lov § 20 stk. 1 nr. 2), børnehuset skal inddrages (§ 124), og samtalen med barnet er"
                    + " obligatorisk (§ 137).", null, concern.assessedBy() == null ? "system" : concern.assessedBy());
        }
        return ref;
    }

    /** Whether the child of the concern has an open case now (the gateway "Har barnet en åben sag?"). */
    @Transactional(readOnly = true)
    public boolean childHasOpenCase(long concernId) {
        return cases.openCaseOf(concern(concernId).childId()).isPresent();
    }

    /** "Fordel sagen": the team leader gives a case that went to the team to one of its caseworkers. */
    public void distributeCase(long caseId, String caseworker) {
        cases.assign(caseId, caseworker == null ? null : caseworker.trim(), organisation.currentUser());
    }

    /** The concern's number, child and team, for modules that keep records on it (the journal). */
    @Transactional(readOnly = true)
    public ConcernSubject subject(long concernId) {
        Concern concern = concern(concernId);
        return new ConcernSubject(concern.id(), concern.concernNumber(), concern.childId(), concern.teamId());
    }

    /** The user who sent the concern on its route: the last triage decision, else the assessor. */
    @Transactional(readOnly = true)
    public String routedBy(long concernId) {
        List<TriageDecision> decisions = triageDecisions.findByConcernIdOrderById(concernId);
        return decisions.isEmpty() ? concern(concernId).assessedBy() : decisions.get(decisions.size() - 1).decidedBy();
    }

    public void refer(long concernId) {
        concern(concernId).referred();
    }

    public void close(long concernId) {
        concern(concernId).closed(time.now());
    }

    /** An Idempotency-Key and the fingerprint of the request that first used it. */
    private record Idempotency(String key, String requestHash) {
    }

    private Concern store(ConcernRegistration registration, Concern.Channel channel, CurrentUser user,
                          Idempotency idempotency) {
        validate(registration);
        ConcernRegistration.Child child = registration.child();
        LocalDate birthDate = child.birthDate() != null ? child.birthDate()
                : Cpr.birthDate(child.cpr()).orElseThrow();
        Instant receivedAt = registration.receivedAt().toInstant();
        String teamIfNew = organisation.teamForAge(ageAt(birthDate, receivedAt)).id();
        ChildRef childRef = children.findOrRegister(
                new ChildIdentity(blankToNull(child.cpr()), child.name().trim(), birthDate), teamIfNew);
        boolean hasOpenCase = cases.openCaseOf(childRef.id()).isPresent();
        boolean professional = registration.notifierType() == NotifierType.PROFESSIONAL;
        Concern concern = Concern.received(childRef.id(), childRef.teamId(), registration.notifierType(),
                blankToNull(registration.notifierOrganisation()), blankToNull(registration.notifierContact()),
                receivedAt, registration.description().trim(), registration.concernLevel(),
                Boolean.TRUE.equals(registration.concernsAbuse()), hasOpenCase,
                deadlines.deadline(LegalRules.CONCERN_ASSESSMENT, receivedAt),
                professional ? deadlines.dueDate(LegalRules.ACKNOWLEDGEMENT, receivedAt) : null,
                channel, user.id(), time.now());
        if (idempotency != null) {
            concern.idempotency(user.id(), idempotency.key(), idempotency.requestHash());
        }
        return concerns.save(concern);
    }

    private Map<String, Object> startVariables(Concern concern) {
        String teamId = concern.teamId();
        Map<String, Object> variables = new HashMap<>();
        variables.put(IntakeProcess.CONCERN_ID, concern.id());
        variables.put(IntakeProcess.CONCERN_NUMBER, concern.concernNumber());
        variables.put(IntakeProcess.CHILD_ID, concern.childId());
        variables.put(IntakeProcess.TEAM_ID, teamId);
        variables.put(IntakeProcess.TEAM_GROUP, Groups.team(teamId));
        variables.put(IntakeProcess.TEAM_LEADER_GROUP, Groups.teamLeaders(teamId));
        variables.put(IntakeProcess.NOTIFIER_TYPE, concern.notifierType().name());
        variables.put(IntakeProcess.PROFESSIONAL_NOTIFIER, concern.notifierType() == NotifierType.PROFESSIONAL);
        variables.put(IntakeProcess.CONCERN_LEVEL, concern.concernLevel().name());
        variables.put(IntakeProcess.CONCERNS_ABUSE, concern.concernsAbuse());
        variables.put(IntakeProcess.CHILD_HAS_OPEN_CASE, concern.childHadOpenCase());
        variables.put(IntakeProcess.ASSESSMENT_DUE_AT, Date.from(concern.assessmentDueAt()));
        variables.put(IntakeProcess.INVESTIGATION_DUE_AT,
                Date.from(deadlines.deadline(LegalRules.INVESTIGATION, concern.receivedAt())));
        if (concern.acknowledgementDueDate() != null) {
            // The last second of the due day: the deadline is met by a letter written any time that day.
            variables.put(IntakeProcess.ACKNOWLEDGEMENT_DUE_AT,
                    Date.from(deadlines.endOfDay(concern.acknowledgementDueDate()).minusSeconds(1)));
        }
        return variables;
    }

    private void validate(ConcernRegistration registration) {
        Problems problems = new Problems();
        if (problems.require("notifierType", registration.notifierType())) {
            if (registration.notifierType() == NotifierType.PROFESSIONAL) {
                problems.require("notifierOrganisation", registration.notifierOrganisation());
                problems.require("notifierContact", registration.notifierContact());
            } else {
                if (notBlank(registration.notifierOrganisation())) {
                    problems.add("notifierOrganisation", "angives kun for fagpersoner (PROFESSIONAL)");
                }
                if (notBlank(registration.notifierContact())) {
                    problems.add("notifierContact", "angives kun for fagpersoner (PROFESSIONAL)");
                }
            }
        }
        problems.maxLength("notifierOrganisation", registration.notifierOrganisation(), MAX_SHORT);
        problems.maxLength("notifierContact", registration.notifierContact(), MAX_SHORT);
        if (problems.require("child", registration.child())) {
            ConcernRegistration.Child child = registration.child();
            ChildIdentity.check(problems, child.cpr(), child.name(), child.birthDate(), time.today());
        }
        if (problems.require("receivedAt", registration.receivedAt())
                && registration.receivedAt().toInstant().isAfter(time.now().plus(CLOCK_TOLERANCE))) {
            problems.add("receivedAt", "må ikke ligge i fremtiden");
        }
        requireText(problems, "description", registration.description());
        problems.require("concernLevel", registration.concernLevel());
        problems.throwIfAny();
    }

    private void checkSecondAssessor(Problems problems, Concern concern, String secondAssessor, CurrentUser user) {
        if (!problems.require(IntakeProcess.SECOND_ASSESSOR, secondAssessor)) {
            return;
        }
        if (!organisation.userExists(secondAssessor)) {
            problems.add(IntakeProcess.SECOND_ASSESSOR, "er ikke en kendt bruger");
        } else if (secondAssessor.equals(user.id())) {
            problems.add(IntakeProcess.SECOND_ASSESSOR, "skal være en anden end dig");
        } else {
            cases.openCaseOf(concern.childId())
                    .filter(openCase -> cases.hasWorkedOn(openCase.id(), secondAssessor))
                    .ifPresent(openCase -> problems.add(IntakeProcess.SECOND_ASSESSOR,
                            "har arbejdet med sag " + openCase.caseNumber() + " og kan ikke være anden vurderer"));
        }
    }

    private RegisteredConcern replay(Concern earlier, String requestHash) {
        if (!requestHash.equals(earlier.requestHash())) {
            throw InvalidInputException.of("Idempotency-Key",
                    "er allerede brugt til en anden underretning (" + earlier.concernNumber() + ")");
        }
        return registered(earlier, true);
    }

    private static RegisteredConcern registered(Concern concern, boolean replayed) {
        return new RegisteredConcern(concern.id(), concern.concernNumber(), concern.assessmentDueAt(),
                concern.acknowledgementDueDate(), concern.processInstanceId(), replayed);
    }

    private void requireMayRegister(CurrentUser user) {
        if (!user.isInAny(Groups.INTAKE, Groups.CASEWORKERS, Groups.TEAM_LEADERS, Groups.NOTIFIERS, Groups.ADMIN)) {
            throw new ForbiddenException("Din rolle kan ikke registrere underretninger.");
        }
    }

    private void note(Concern concern, NoteKind kind, String text, CurrentUser user) {
        notes.save(new ConcernNote(concern.id(), kind, text.trim(), user.id(), time.now()));
        if (concern.caseId() != null) {
            cases.recordInvolvement(concern.caseId(), user.id());
        }
    }

    private Concern concern(long concernId) {
        return concerns.findById(concernId)
                .orElseThrow(() -> new NotFoundException("Underretning " + concernId + " findes ikke"));
    }

    private int ageAt(LocalDate birthDate, Instant at) {
        return Math.max(0, Period.between(birthDate, time.inZone(at).toLocalDate()).getYears());
    }

    private String hash(ConcernRegistration registration) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(registration).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a concern", e);
        }
    }

    private static void requireText(Problems problems, String field, String text) {
        problems.require(field, text);
        problems.maxLength(field, text, MAX_TEXT);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return notBlank(value) ? value.trim() : null;
    }
}
