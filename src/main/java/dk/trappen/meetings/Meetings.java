package dk.trappen.meetings;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.ChildRef;
import dk.trappen.meetings.ConsentState.Basis;
import dk.trappen.meetings.MinutesInput.ActionPointInput;
import dk.trappen.meetings.internal.ActionPointEntity;
import dk.trappen.meetings.internal.ActionPointRepository;
import dk.trappen.meetings.internal.ConsentEntity;
import dk.trappen.meetings.internal.ConsentRepository;
import dk.trappen.meetings.internal.MeetingEntity;
import dk.trappen.meetings.internal.MeetingNoteEntity;
import dk.trappen.meetings.internal.MeetingNoteRepository;
import dk.trappen.meetings.internal.MeetingRepository;
import dk.trappen.meetings.internal.ParticipantEntity;
import dk.trappen.meetings.internal.PartnerStatusEntity;
import dk.trappen.meetings.internal.PartnerStatusRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Letter;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings: who is invited, whether personal data may be exchanged (the parents' consent
 * or a recorded legal basis), the partners' written statuses, the minutes with the joint plan and
 * the action points. Staff of the child's team run a meeting; a partner's system may submit its
 * own professional's status, and only for a meeting it is invited to.
 */
@Service
@Transactional
public class Meetings {

    static final int PARTY_AGE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da"));

    private final MeetingRepository meetings;
    private final ConsentRepository consents;
    private final PartnerStatusRepository statuses;
    private final ActionPointRepository actionPoints;
    private final MeetingNoteRepository notes;
    private final ChildRegistry registry;
    private final Organisation organisation;
    private final Outbox outbox;
    private final TimeSource time;
    private final dk.trappen.casefile.ChildCases cases;

    Meetings(MeetingRepository meetings, ConsentRepository consents, PartnerStatusRepository statuses,
             ActionPointRepository actionPoints, MeetingNoteRepository notes, ChildRegistry registry,
             Organisation organisation, Outbox outbox, TimeSource time, dk.trappen.casefile.ChildCases cases) {
        this.cases = cases;
        this.notes = notes;
        this.meetings = meetings;
        this.consents = consents;
        this.statuses = statuses;
        this.actionPoints = actionPoints;
        this.registry = registry;
        this.organisation = organisation;
        this.outbox = outbox;
        this.time = time;
    }

    public long request(MeetingRequest request, String requestedBy) {
        Problems problems = new Problems();
        problems.require("meetingKind", request.kind());
        if (request.caseId() == null && request.concernId() == null && request.preventionCourseId() == null) {
            problems.add("caseId", "et møde hører til en sag, en underretning eller et forebyggende forløb");
        }
        problems.require("dueDate", request.dueDate());
        problems.throwIfAny();
        return meetings.save(new MeetingEntity(request, requestedBy, time.now())).id();
    }

    /**
     * Date, place and who is invited; invitations go out as letters. Consent is the child's (see
     * {@link #recordConsent}); {@code exchangeDeclined} holds this meeting without exchange even so.
     */
    public MeetingView schedule(long meetingId, Schedule schedule, List<ParticipantInput> participants, String legalBasis,
                                boolean exchangeDeclined, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        validate(schedule);
        if (schedule.at().atZoneSameInstant(time.zone()).toLocalDate().isAfter(meeting.dueDate())) {
            throw InvalidInputException.of("meetingAt", "skal ligge senest " + DAY.format(meeting.dueDate()));
        }
        ChildRef child = registry.ref(meeting.childId());
        Problems problems = new Problems();
        List<ParticipantEntity> invited = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantInput p = participants.get(i);
            String field = "participants[" + i + "]";
            if (problems.require(field + ".name", p.name()) && problems.require(field + ".kind", p.kind())) {
                problems.maxLength(field + ".name", p.name(), 200);
                if (p.kind() == ParticipantKind.PROFESSIONAL) {
                    problems.require(field + ".role", p.role());
                    problems.require(field + ".organisation", p.organisation());
                }
                if (p.partnerUser() != null && !organisation.userExists(p.partnerUser())) {
                    problems.add(field + ".partnerUser", "er ikke en kendt bruger");
                }
                invited.add(new ParticipantEntity(p, p.kind() == ParticipantKind.PARENT
                        || p.kind() == ParticipantKind.CHILD && ageOf(child) >= PARTY_AGE));
            }
        }
        if (participants.stream().noneMatch(p -> p.kind() == ParticipantKind.PARENT)) {
            problems.add("participants", "forældrene skal inviteres: mødet holdes med familien, ikke om den");
        }
        problems.maxLength("legalBasis", legalBasis, 400);
        problems.throwIfAny();
        // The child's support person (bisidder, § 6) sits at every meeting of the case, unless already invited.
        if (meeting.caseId() != null) {
            cases.supportPerson(meeting.caseId())
                    .filter(person -> invited.stream().noneMatch(p -> p.name().equalsIgnoreCase(person.name())))
                    .ifPresent(person -> invited.add(new ParticipantEntity(new ParticipantInput(ParticipantKind.SUPPORT_PERSON,
                            person.name(), null, null, person.contact(), null), false)));
        }
        meeting.schedule(schedule, invited, legalBasis == null || legalBasis.isBlank() ? null : legalBasis.trim(),
                exchangeDeclined);
        invite(meeting, user.id(), "Invitation");
        return view(meeting);
    }

    public MeetingView reschedule(long meetingId, Schedule schedule, String reason, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("Mødet har endnu ingen dato; planlæg det først.");
        }
        validate(schedule);
        Problems problems = new Problems();
        problems.require("reason", reason);
        problems.maxLength("reason", reason, 4000);
        problems.throwIfAny();
        meeting.reschedule(schedule);
        notes.save(new MeetingNoteEntity(meetingId, "RESCHEDULED", reason.trim(), user.id(), time.now()));
        invite(meeting, user.id(), "Mødet er flyttet (" + reason.trim() + ")");
        return view(meeting);
    }

    public MeetingView cancel(long meetingId, String reason, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        Problems problems = new Problems();
        problems.require("reason", reason);
        problems.maxLength("reason", reason, 4000);
        problems.throwIfAny();
        meeting.cancel(reason.trim());
        for (ParticipantEntity participant : meeting.participants()) {
            if (participant.contact() != null) {
                outbox.record(new Letter("MEETING_CANCELLED", meeting.number(), participant.contact(),
                        meeting.kind().danishName() + " er aflyst", "Mødet " + when(meeting) + " er aflyst.", null), user.id());
            }
        }
        return view(meeting);
    }

    /** Records the parents' consent for the child; it holds for every meeting until it expires or is withdrawn. */
    public ConsentState.Consent recordConsent(long meetingId, ConsentInput input, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        Problems problems = new Problems();
        problems.require("consentScope", input.scope());
        problems.maxLength("consentScope", input.scope(), 2000);
        problems.require("consentGivenBy", input.givenBy());
        problems.maxLength("consentGivenBy", input.givenBy(), 200);
        if (problems.require("consentGivenOn", input.givenOn()) && input.givenOn().isAfter(time.today())) {
            problems.add("consentGivenOn", "kan ikke ligge i fremtiden");
        }
        if (problems.require("consentValidUntil", input.validUntil()) && input.givenOn() != null
                && input.validUntil().isBefore(input.givenOn())) {
            problems.add("consentValidUntil", "skal ligge efter datoen for samtykket");
        }
        problems.throwIfAny();
        return consents.save(new ConsentEntity(meeting.childId(), input, user.id(), time.now())).toView();
    }

    /** A withdrawal stops further exchange from this moment, for every meeting about the child. */
    public ConsentState withdrawConsent(long meetingId, String reason, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        ConsentEntity consent = currentConsent(meeting.childId())
                .orElseThrow(() -> new ConflictException("Der er intet gyldigt samtykke at trække tilbage."));
        Problems problems = new Problems();
        problems.require("reason", reason);
        problems.maxLength("reason", reason, 2000);
        problems.throwIfAny();
        consent.withdraw(user.id(), reason.trim(), time.now());
        return consentState(meeting);
    }

    /**
     * A professional's written status before the meeting: recorded by staff, or submitted by the
     * partner's own system for its own participant. Refused (409) while no data may be exchanged.
     */
    public MeetingView.Status submitStatus(long meetingId, Long participantId, String text, CurrentUser user,
                                           AccessChannel channel) {
        MeetingEntity meeting = meeting(meetingId);
        boolean staff = isStaff(meeting, user);
        Problems problems = new Problems();
        problems.require("participantId", participantId);
        problems.require("text", text);
        problems.maxLength("text", text, 10000);
        problems.throwIfAny();
        ParticipantEntity participant = meeting.participants().stream().filter(p -> p.id() == participantId).findFirst()
                .orElse(null);
        if (participant == null) {
            if (!staff && meeting.participants().stream().noneMatch(p -> user.id().equals(p.partnerUser()))) {
                throw new ForbiddenException("Du er ikke inviteret til dette møde.");
            }
            throw new InvalidInputException(List.of(new FieldProblem(
                    "participantId", "er ikke en deltager i møde " + meetingId)));
        }
        if (!staff && !user.id().equals(participant.partnerUser())) {
            throw new ForbiddenException("Du kan kun give status for din egen deltager i møder, du er inviteret til.");
        }
        if (participant.kind() != ParticipantKind.PROFESSIONAL) {
            throw InvalidInputException.of("participantId", "status gives af fagpersoner");
        }
        requireOpen(meeting);
        if (!consentState(meeting).exchangeAllowed()) {
            throw new ConflictException("Der må ikke udveksles oplysninger om barnet: forældrenes samtykke mangler "
                    + "eller er trukket tilbage, og der er ikke noteret et andet lovgrundlag.");
        }
        return statuses.save(new PartnerStatusEntity(meetingId, participantId, text.trim(), user.id(), time.now(),
                channel.name())).toView();
    }

    /** The meeting is held: minutes, decisions, the joint plan and the action points. */
    public MeetingView hold(long meetingId, MinutesInput input, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("Mødet er ikke planlagt endnu.");
        }
        Problems problems = new Problems();
        problems.require("minutes", input.minutes());
        problems.maxLength("minutes", input.minutes(), 10000);
        problems.maxLength("decisions", input.decisions(), 4000);
        problems.maxLength("planForChild", input.planForChild(), 4000);
        problems.maxLength("planForParents", input.planForParents(), 4000);
        problems.maxLength("whoDoesWhat", input.whoDoesWhat(), 4000);
        List<ActionPointEntity> points = new ArrayList<>();
        for (ActionPointInput point : input.actionPoints()) {
            boolean any = point.description() != null || point.owner() != null || point.dueDate() != null;
            if (!any) {
                continue;
            }
            problems.require(point.field(), point.description());
            problems.maxLength(point.field(), point.description(), 2000);
            problems.require(point.field() + "Owner", point.owner());
            if (problems.require(point.field() + "DueDate", point.dueDate()) && point.dueDate().isBefore(time.today())) {
                problems.add(point.field() + "DueDate", "kan ikke ligge i fortiden");
            }
            if (point.description() != null && point.owner() != null && point.dueDate() != null) {
                points.add(new ActionPointEntity(meetingId, point.description().trim(), point.owner().trim(),
                        organisation.userExists(point.owner().trim()), point.dueDate()));
            }
        }
        problems.throwIfAny();
        meeting.hold(input, consentState(meeting).exchangeAllowed(), time.now());
        actionPoints.saveAll(points);
        return view(meeting);
    }

    /** Family group conference: the questions the family will answer, and the neutral coordinator. */
    public void agreeQuestions(long meetingId, String questions, String coordinator, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        Problems problems = new Problems();
        problems.require("questions", questions);
        problems.maxLength("questions", questions, 4000);
        problems.require("coordinator", coordinator);
        problems.maxLength("coordinator", coordinator, 200);
        problems.throwIfAny();
        meeting.agreeQuestions(questions.trim(), coordinator.trim());
    }

    /** Family group conference: the information round's minutes and the family's own plan, for approval. */
    public void recordFamilyPlan(long meetingId, MinutesInput input, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        Problems problems = new Problems();
        problems.require("minutes", input.minutes());
        problems.maxLength("minutes", input.minutes(), 10000);
        problems.require("planForChild", input.planForChild());
        problems.require("planForParents", input.planForParents());
        problems.require("whoDoesWhat", input.whoDoesWhat());
        problems.maxLength("planForChild", input.planForChild(), 4000);
        problems.maxLength("planForParents", input.planForParents(), 4000);
        problems.maxLength("whoDoesWhat", input.whoDoesWhat(), 4000);
        problems.throwIfAny();
        meeting.recordFamilyPlan(input);
    }

    /** The caseworker approves the family's plan (the conference is then held), or the family works on it again. */
    public MeetingView decideFamilyPlan(long meetingId, boolean approved, String reason, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        requireOpen(meeting);
        if (approved) {
            meeting.held(consentState(meeting).exchangeAllowed(), time.now());
        } else {
            Problems problems = new Problems();
            problems.require("familyPlanReason", reason);
            problems.maxLength("familyPlanReason", reason, 4000);
            problems.throwIfAny();
            notes.save(new MeetingNoteEntity(meetingId, "FAMILY_PLAN_REVISION", reason.trim(), user.id(), time.now()));
        }
        return view(meeting);
    }

    /** A note on the meeting (e.g. the team leader's handling of a missed date). */
    public void note(long meetingId, String kind, String text, CurrentUser user) {
        MeetingEntity meeting = staffMeeting(meetingId, user);
        Problems problems = new Problems();
        problems.require("note", text);
        problems.maxLength("note", text, 4000);
        problems.throwIfAny();
        notes.save(new MeetingNoteEntity(meeting.id(), kind, text.trim(), user.id(), time.now()));
    }

    public void actionPointDone(long actionPointId) {
        actionPoints.findById(actionPointId).orElseThrow(() -> new NotFoundException("Handling " + actionPointId + " findes ikke"))
                .done(time.now());
    }

    /**
     * The meeting for staff of the child's team (all of it), or for a partner's system invited to it
     * (its own part, and only while exchange is allowed: {@link PartnerMeetingView}). Audit-logged.
     */
    public MeetingReading read(long meetingId, CurrentUser user, AccessChannel channel) {
        requireMeetingReader(user);
        MeetingEntity meeting = meeting(meetingId);
        if (isStaff(meeting, user)) {
            registry.readAuthorized(meeting.childId(), user, channel, "Netværksmøde " + meeting.number());
            return view(meeting);
        }
        List<ParticipantEntity> own = meeting.participants().stream().filter(p -> user.id().equals(p.partnerUser())).toList();
        if (own.isEmpty()) {
            throw registry.refused(meeting.childId(), user, channel, "Netværksmøde " + meeting.number(),
                    "Mødet hører under et andet team.");
        }
        registry.readAuthorized(meeting.childId(), user, channel, "Netværksmøde " + meeting.number() + " (samarbejdspartner)");
        if (!consentState(meeting).exchangeAllowed()) {
            return PartnerMeetingView.exchangeStopped(meeting.id());
        }
        Set<Long> ownIds = own.stream().map(ParticipantEntity::id).collect(Collectors.toSet());
        Set<String> owners = new java.util.HashSet<>(own.stream().map(ParticipantEntity::name).toList());
        owners.add(user.id());
        return new PartnerMeetingView(meeting.id(), true, null, meeting.number(), meeting.kind(), meeting.status(),
                meeting.scheduledAt(), meeting.placeKind(), meeting.place(),
                own.stream().map(ParticipantEntity::toView).toList(),
                statuses.findByMeetingIdOrderBySubmittedAtAscIdAsc(meeting.id()).stream()
                        .filter(status -> ownIds.contains(status.participantId())).map(PartnerStatusEntity::toView).toList(),
                actionPoints.findByMeetingIdOrderByIdAsc(meeting.id()).stream().map(ActionPointEntity::toView)
                        .filter(point -> owners.contains(point.owner())).toList());
    }

    /** The whole meeting, for staff of the child's team only (the task pages). Audit-logged. */
    public MeetingView readAsStaff(long meetingId, CurrentUser user, AccessChannel channel) {
        requireMeetingReader(user);
        MeetingEntity meeting = meeting(meetingId);
        if (!isStaff(meeting, user)) {
            throw registry.refused(meeting.childId(), user, channel, "Netværksmøde " + meeting.number(),
                    "Mødet hører under et andet team.");
        }
        registry.readAuthorized(meeting.childId(), user, channel, "Netværksmøde " + meeting.number());
        return view(meeting);
    }

    /** Network meetings held per case between two instants: how far families' networks are involved. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> heldPerCase(java.util.Collection<Long> caseIds, java.time.Instant from, java.time.Instant to) {
        var held = new java.util.HashMap<Long, Long>();
        if (!caseIds.isEmpty()) {
            meetings.countHeldByCase(caseIds, from, to).forEach(row -> held.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return held;
    }

    /** The meeting's facts for the process (no personal data), without an audit row. */
    @Transactional(readOnly = true)
    public MeetingView get(long meetingId) {
        return view(meeting(meetingId));
    }

    @Transactional(readOnly = true)
    public List<MeetingView> ofCase(long caseId) {
        return meetings.findByCaseIdOrderByIdAsc(caseId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ConsentState consentState(long meetingId) {
        return consentState(meeting(meetingId));
    }

    private ConsentState consentState(MeetingEntity meeting) {
        List<ConsentEntity> ofChild = consents.findByChildIdOrderByRecordedAtDescIdDesc(meeting.childId());
        LocalDate today = time.today();
        Optional<ConsentEntity> consent = ofChild.stream().filter(c -> c.validOn(today)).findFirst();
        ConsentState.Consent latest = ofChild.stream().findFirst().map(ConsentEntity::toView).orElse(null);
        if (meeting.exchangeDeclined()) {
            return new ConsentState(false, Basis.NONE, latest, null);
        }
        if (consent.isPresent()) {
            return new ConsentState(true, Basis.CONSENT, consent.get().toView(), meeting.legalBasis());
        }
        if (meeting.legalBasis() != null) {
            return new ConsentState(true, Basis.LEGAL_BASIS, latest, meeting.legalBasis());
        }
        return new ConsentState(false, Basis.NONE, latest, null);
    }

    private Optional<ConsentEntity> currentConsent(long childId) {
        LocalDate today = time.today();
        return consents.findByChildIdOrderByRecordedAtDescIdDesc(childId).stream().filter(c -> c.validOn(today)).findFirst();
    }

    private MeetingView view(MeetingEntity m) {
        List<MeetingView.Status> given = statuses.findByMeetingIdOrderBySubmittedAtAscIdAsc(m.id()).stream()
                .map(PartnerStatusEntity::toView).toList();
        Set<Long> withStatus = given.stream().map(MeetingView.Status::participantId).collect(Collectors.toSet());
        List<MeetingView.Participant> participants = m.participants().stream().map(ParticipantEntity::toView).toList();
        List<MeetingView.Participant> missing = participants.stream()
                .filter(p -> p.kind() == ParticipantKind.PROFESSIONAL && !withStatus.contains(p.id())).toList();
        return new MeetingView(m.id(), m.number(), m.kind(), m.status(), m.caseId(), m.concernId(), m.childId(), m.teamId(),
                m.caseworker(), m.dueDate(), m.scheduledAt(), m.placeKind(), m.place(), participants, consentState(m),
                given, missing, m.minutes(), m.decisions(), m.planForChild(), m.planForParents(), m.whoDoesWhat(),
                actionPoints.findByMeetingIdOrderByIdAsc(m.id()).stream().map(ActionPointEntity::toView).toList(),
                m.cancelReason(), m.heldAt(), m.questions(), m.coordinator(),
                notes.findByMeetingIdOrderByWrittenAtAscIdAsc(m.id()).stream().map(MeetingNoteEntity::toView).toList());
    }

    private void invite(MeetingEntity meeting, String by, String heading) {
        for (ParticipantEntity participant : meeting.participants()) {
            if (participant.contact() == null || participant.contact().isBlank()) {
                continue;
            }
            outbox.record(new Letter("MEETING_INVITATION", meeting.number(), participant.contact(),
                    heading + ": " + meeting.kind().danishName(),
                    "Kære " + participant.name() + "\n\nDu inviteres til " + meeting.kind().danishName().toLowerCase(Locale.ROOT)
                            + " " + when(meeting) + ", " + placeText(meeting) + ". Mødet holdes sammen med familien.",
                    null), by);
        }
    }

    private String when(MeetingEntity meeting) {
        return meeting.scheduledAt() == null ? "" : WHEN.format(meeting.scheduledAt().atZone(time.zone()));
    }

    private static String placeText(MeetingEntity meeting) {
        String kind = switch (meeting.placeKind()) {
            case HOME -> "i familiens hjem";
            case SCHOOL -> "på skolen";
            case DAYCARE -> "i dagtilbuddet";
            case OTHER -> "";
        };
        return (kind + (meeting.place() == null ? "" : " (" + meeting.place() + ")")).trim();
    }

    private void validate(Schedule schedule) {
        Problems problems = new Problems();
        if (problems.require("meetingAt", schedule.at()) && schedule.at().toInstant().isBefore(time.now())) {
            problems.add("meetingAt", "kan ikke ligge i fortiden");
        }
        problems.require("placeKind", schedule.placeKind());
        if (schedule.placeKind() == PlaceKind.OTHER) {
            problems.require("place", schedule.place());
        }
        problems.maxLength("place", schedule.place(), 200);
        problems.throwIfAny();
    }

    private int ageOf(ChildRef child) {
        return child.birthDate() == null ? 0 : Period.between(child.birthDate(), time.today()).getYears();
    }

    private static void requireOpen(MeetingEntity meeting) {
        if (meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("Mødet er " + (meeting.status() == MeetingStatus.HELD ? "holdt" : "aflyst") + ".");
        }
    }

    /** A meeting the user may change, locked for this transaction (see {@link MeetingRepository#findForChange}). */
    private MeetingEntity staffMeeting(long meetingId, CurrentUser user) {
        MeetingEntity meeting = meetings.findForChange(meetingId)
                .orElseThrow(() -> new NotFoundException("Møde " + meetingId + " findes ikke"));
        if (!isStaff(meeting, user)) {
            throw new ForbiddenException("Mødet hører under et andet team.");
        }
        return meeting;
    }

    /** 403 before any lookup for a role that reads no meeting (staff of a team, partners' systems, administrators do). */
    private void requireMeetingReader(CurrentUser user) {
        boolean teamMember = user.groups().stream().anyMatch(group -> group.startsWith(Groups.team("")));
        if (!user.isAdmin() && !teamMember && !user.isIn(Groups.NOTIFIERS)) {
            throw new ForbiddenException("Din rolle giver ikke adgang til netværksmøder.");
        }
    }

    private static boolean isStaff(MeetingEntity meeting, CurrentUser user) {
        return user.isInTeam(meeting.teamId()) || user.isIn(Groups.teamLeaders(meeting.teamId())) || user.isAdmin();
    }

    private MeetingEntity meeting(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Møde " + meetingId + " findes ikke"));
    }
}
