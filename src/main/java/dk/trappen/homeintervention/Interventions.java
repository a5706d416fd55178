package dk.trappen.homeintervention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.homeintervention.internal.ContactEntity;
import dk.trappen.homeintervention.internal.ContactRepository;
import dk.trappen.homeintervention.internal.HomeInterventionEntity;
import dk.trappen.homeintervention.internal.HomeInterventionEntity.Status;
import dk.trappen.homeintervention.internal.HomeInterventionRepository;
import dk.trappen.homeintervention.internal.SessionEntity;
import dk.trappen.homeintervention.internal.SessionRepository;
import dk.trappen.homeintervention.internal.WeekEntity;
import dk.trappen.homeintervention.internal.WeekRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.StaffMember;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intensive home-based intervention (Favrskov): 12 weeks from its start date in three phases
 * of four weeks, run by the family's caseworker, a follow-up caseworker who coordinates and two
 * family therapists, for families whose child is at risk of placement. Track 1 records the
 * clarification sessions, track 2 the week's focus points and every contact; the intensity (hours
 * and contacts per week) is summed from the contacts.
 */
@Service
@Transactional
public class Interventions {

    public static final int WEEKS = 12;
    static final int WEEKS_PER_PHASE = 4;
    static final int MAX_CONTACT_MINUTES = 1440;
    private static final Map<Integer, String> PHASES = Map.of(1, "Fase 1: motivation (uge 1–4)",
            2, "Fase 2: udredning (uge 5–8)", 3, "Fase 3: afslutning (uge 9–12)");

    private final HomeInterventionRepository interventions;
    private final SessionRepository sessions;
    private final WeekRepository weeks;
    private final ContactRepository contacts;
    private final ChildCases cases;
    private final ChildRegistry registry;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final TimeSource time;

    Interventions(HomeInterventionRepository interventions, SessionRepository sessions, WeekRepository weeks,
                  ContactRepository contacts, ChildCases cases, ChildRegistry registry, Organisation organisation,
                  Deadlines deadlines, TimeSource time) {
        this.interventions = interventions;
        this.sessions = sessions;
        this.weeks = weeks;
        this.contacts = contacts;
        this.cases = cases;
        this.registry = registry;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The calendar of an intervention: every date a timer or due date of the process reads. */
    public record Calendar(LocalDate start, Instant phaseOneEndsAt, Instant phaseTwoStartsAt, Instant phaseThreeStartsAt,
                           Instant endsAt, java.time.ZoneId zone) {

        /** The first moment of week {@code week} (1–12). */
        public Instant weekStarts(int week) {
            return start.plusWeeks(week - 1L).atStartOfDay(zone).toInstant();
        }

        /** The last moment of week {@code week}: its due date. */
        public Instant weekEnds(int week) {
            return weekStarts(week + 1);
        }
    }

    /** The measure's intervention, registered once (a retried start gets the same one). */
    public long register(long caseId, long measureId, LocalDate startDate) {
        if (startDate == null) {
            throw new IllegalStateException("intensiveHomeIntervention needs a startDate");
        }
        CaseRef ref = cases.ref(caseId);
        return interventions.findByMeasureId(measureId).map(HomeInterventionEntity::id).orElseGet(() -> interventions
                .save(new HomeInterventionEntity(caseId, measureId, ref.teamId(), startDate, ref.caseworker(), time.now())).id());
    }

    @Transactional(readOnly = true)
    public Calendar calendar(long interventionId) {
        LocalDate start = entity(interventionId).startDate();
        return new Calendar(start, deadlines.endOfDay(start.plusWeeks(WEEKS_PER_PHASE).minusDays(1)),
                start.plusWeeks(WEEKS_PER_PHASE).atStartOfDay(time.zone()).toInstant(),
                start.plusWeeks(2L * WEEKS_PER_PHASE).atStartOfDay(time.zone()).toInstant(),
                deadlines.endOfDay(start.plusWeeks(WEEKS).minusDays(1)), time.zone());
    }

    /** Caseworkers of the team who can coordinate as follow-up caseworker: anyone but the family's own. */
    @Transactional(readOnly = true)
    public List<StaffMember> followUpCaseworkerChoices(long interventionId) {
        HomeInterventionEntity intervention = entity(interventionId);
        return organisation.caseworkersOf(intervention.teamId()).stream()
                .filter(member -> !member.id().equals(intervention.caseworker())).toList();
    }

    @Transactional(readOnly = true)
    public List<StaffMember> therapists() {
        return organisation.membersOf(Groups.FAMILY_THERAPISTS);
    }

    /**
     * "Sammensæt team": only a family whose child is at risk of placement gets the intervention (else
     * the reason is recorded); then a follow-up caseworker other than the family's own and exactly
     * two different family therapists.
     * @return whether the family is in the target group
     */
    public boolean composeTeam(long interventionId, TeamInput team, String composedBy) {
        HomeInterventionEntity intervention = entity(interventionId);
        requireStatus(intervention, Status.COMPOSING, "under sammensætning");
        Problems problems = new Problems();
        if (!problems.require("atRiskOfPlacement", team.atRiskOfPlacement())) {
            problems.throwIfAny();
        }
        if (!team.atRiskOfPlacement()) {
            problems.require("notEligibleReason", team.notEligibleReason());
            problems.maxLength("notEligibleReason", team.notEligibleReason(), 4000);
            problems.throwIfAny();
            intervention.notEligible(team.notEligibleReason().trim(), composedBy);
            return false;
        }
        if (problems.require("followUpCaseworker", team.followUpCaseworker())) {
            if (team.followUpCaseworker().equals(intervention.caseworker())) {
                problems.add("followUpCaseworker", "skal være en anden end familiens egen rådgiver");
            } else if (organisation.membersOf(Groups.CASEWORKERS).stream().noneMatch(m -> m.id().equals(team.followUpCaseworker()))) {
                problems.add("followUpCaseworker", "er ikke en rådgiver");
            }
        }
        List<String> therapists = therapists().stream().map(StaffMember::id).toList();
        if (problems.require("therapist1", team.therapist1()) && !therapists.contains(team.therapist1())) {
            problems.add("therapist1", "er ikke familiebehandler");
        }
        if (problems.require("therapist2", team.therapist2())) {
            if (!therapists.contains(team.therapist2())) {
                problems.add("therapist2", "er ikke familiebehandler");
            } else if (team.therapist2().equals(team.therapist1())) {
                problems.add("therapist2", "teamet har to forskellige familiebehandlere");
            }
        }
        problems.throwIfAny();
        intervention.compose(team.followUpCaseworker(), team.therapist1(), team.therapist2(), composedBy);
        return true;
    }

    /** The week of the intervention {@code day} falls in: 1 to 12 (after the 12th, 12). */
    @Transactional(readOnly = true)
    public int weekOf(long interventionId, LocalDate day) {
        long days = ChronoUnit.DAYS.between(entity(interventionId).startDate(), day);
        return (int) Math.max(1, Math.min(WEEKS, days / 7 + 1));
    }

    /** The phase the calendar has reached, recorded so the case shows it. */
    public int phaseReached(long interventionId) {
        HomeInterventionEntity intervention = entity(interventionId);
        int phase = phaseOf(weekOf(interventionId, time.today()));
        intervention.phase(phase);
        return intervention.currentPhase();
    }

    /** Track 1: a clarification and assessment session. */
    public void recordSession(long interventionId, AssessmentMethod method, String otherMethod, LocalDate heldOn,
                              String participants, String summary, String by) {
        HomeInterventionEntity intervention = running(interventionId);
        Problems problems = new Problems();
        if (problems.require("sessionMethod", method) && method == AssessmentMethod.OTHER) {
            problems.require("otherMethod", otherMethod);
        }
        requireDayInCourse(problems, "sessionOn", heldOn, intervention);
        problems.require("sessionParticipants", participants);
        problems.maxLength("sessionParticipants", participants, 1000);
        problems.require("sessionSummary", summary);
        problems.maxLength("sessionSummary", summary, 10000);
        problems.maxLength("otherMethod", otherMethod, 200);
        problems.throwIfAny();
        sessions.save(new SessionEntity(interventionId, method, method == AssessmentMethod.OTHER ? otherMethod.trim() : null,
                heldOn, participants.trim(), summary.trim(), by, time.now()));
    }

    /** Track 2: the week's focus points (tied to the plan's goals) and the contacts with the family. */
    public void recordWeek(long interventionId, int week, String focusPoints, List<Integer> planGoals,
                           List<ContactInput> weekContacts, String by) {
        HomeInterventionEntity intervention = running(interventionId);
        Problems problems = new Problems();
        problems.require("focusPoints", focusPoints);
        problems.maxLength("focusPoints", focusPoints, 4000);
        if (planGoals.isEmpty()) {
            problems.add("focusGoals", "knyt fokuspunkterne til mindst ét af planens mål");
        }
        if (weeks.existsByInterventionIdAndWeekNo(interventionId, week)) {
            problems.add("week", "uge " + week + " er allerede registreret");
        }
        for (int i = 0; i < weekContacts.size(); i++) {
            ContactInput contact = weekContacts.get(i);
            String prefix = "contact" + (i + 1);
            requireDayInCourse(problems, prefix + "On", contact.on(), intervention);
            problems.require(prefix + "Place", contact.place());
            if (problems.require(prefix + "Minutes", contact.minutes())
                    && (contact.minutes() < 1 || contact.minutes() > MAX_CONTACT_MINUTES)) {
                problems.add(prefix + "Minutes", "skal være mellem 1 og " + MAX_CONTACT_MINUTES + " minutter");
            }
            problems.require(prefix + "Who", contact.participants());
            problems.maxLength(prefix + "Who", contact.participants(), 1000);
            if (contact.fitScore() != null) {
                if (contact.fitScore() < 0 || contact.fitScore() > 40) {
                    problems.add(prefix + "Fit", "skal være mellem 0 og 40 (ORS/SRS)");
                }
                if (!"ORS".equals(contact.fitKind()) && !"SRS".equals(contact.fitKind())) {
                    problems.add(prefix + "FitKind", "vælg ORS eller SRS");
                }
            }
        }
        problems.throwIfAny();
        weeks.save(new WeekEntity(interventionId, week, focusPoints.trim(),
                planGoals.stream().map(String::valueOf).collect(Collectors.joining(",")), by, time.now()));
        weekContacts.forEach(contact -> contacts.save(new ContactEntity(interventionId, week, contact.on(), contact.place(),
                contact.minutes(), contact.participants().trim(), contact.fitScore() == null ? null : contact.fitKind(),
                contact.fitScore(), by)));
    }

    /** "Udarbejd rapport": the family and the child, and to what extent the parents can meet the child's needs. */
    public void writeReport(long interventionId, String family, String parenting, String meetsNeeds, String by) {
        HomeInterventionEntity intervention = running(interventionId);
        Problems problems = new Problems();
        problems.require("reportFamily", family);
        problems.maxLength("reportFamily", family, 10000);
        problems.require("reportParenting", parenting);
        problems.maxLength("reportParenting", parenting, 10000);
        if (problems.require("parentsMeetNeeds", meetsNeeds) && !List.of("YES", "PARTLY", "NO").contains(meetsNeeds)) {
            problems.add("parentsMeetNeeds", "vælg ja, delvist eller nej");
        }
        problems.throwIfAny();
        intervention.report(family.trim(), parenting.trim(), meetsNeeds, by, time.now());
    }

    /** The 12 weeks are over (the status meeting is done). */
    public void completed(long interventionId) {
        entity(interventionId).complete(time.now());
    }

    /**
     * Ends the intervention early: the family withdrew, or an acute situation. Any member of the
     * family's team (or the team's leader) may raise it, with a reason.
     */
    public void endEarly(long interventionId, EarlyEndReason reason, String note, CurrentUser user) {
        HomeInterventionEntity intervention = interventions.findForChange(interventionId)
                .orElseThrow(() -> new NotFoundException("Intensiv indsats " + interventionId + " findes ikke"));
        if (!intervention.isMember(user.id()) && !user.isIn(Groups.teamLeaders(intervention.teamId()))) {
            throw new ForbiddenException("Kun familiens team og teamlederen kan afslutte forløbet.");
        }
        Problems problems = new Problems();
        problems.require("reason", reason);
        problems.require("note", note);
        problems.maxLength("note", note, 4000);
        problems.throwIfAny();
        if (intervention.status() != Status.RUNNING) {
            throw new ConflictException("Forløbet er ikke i gang (" + intervention.status() + ").");
        }
        intervention.endEarly(reason, note.trim(), user.id(), time.now());
    }

    /** "Beslut videre indsats". */
    public void decide(long interventionId, InterventionDecision decision, String reason, String by) {
        HomeInterventionEntity intervention = entity(interventionId);
        Problems problems = new Problems();
        problems.require("interventionDecision", decision);
        problems.require("decisionReason", reason);
        problems.maxLength("decisionReason", reason, 4000);
        problems.throwIfAny();
        if (intervention.status() == Status.DECIDED) {
            throw InvalidInputException.of("interventionDecision", "der er allerede besluttet videre indsats");
        }
        intervention.decide(decision, reason.trim(), by, time.now());
    }

    // ------------------------------------------------------------------ reading

    /** The intervention for {@code user} (the team, intake, admin); the read is audit-logged. */
    public InterventionView view(long interventionId, CurrentUser user) {
        HomeInterventionEntity intervention = entity(interventionId);
        CaseRef ref = cases.ref(intervention.caseId());
        if (!intervention.isMember(user.id())) {
            registry.read(ref.childId(), user, AccessChannel.API, "Intensiv indsats på sag " + ref.caseNumber());
        } else {
            registry.readAuthorized(ref.childId(), user, AccessChannel.API, "Intensiv indsats på sag " + ref.caseNumber());
        }
        return view(intervention);
    }

    public Optional<InterventionView> ofCase(long caseId, CurrentUser user) {
        return interventions.findByCaseIdOrderByIdDesc(caseId).stream().findFirst().map(i -> view(i.id(), user));
    }


    private InterventionView view(HomeInterventionEntity i) {
        List<InterventionView.Contact> all = contacts.findByInterventionIdOrderByContactOnAscIdAsc(i.id()).stream()
                .map(ContactEntity::toView).toList();
        Map<Integer, List<InterventionView.Contact>> byWeek = all.stream()
                .collect(Collectors.groupingBy(InterventionView.Contact::week, TreeMap::new, Collectors.toList()));
        List<InterventionView.WeekIntensity> intensity = byWeek.entrySet().stream()
                .map(e -> new InterventionView.WeekIntensity(e.getKey(), e.getValue().size(), hours(e.getValue()))).toList();
        int phase = i.currentPhase();
        return new InterventionView(i.id(), i.caseId(), i.measureId(), i.startDate(), i.startDate().plusWeeks(WEEKS).minusDays(1),
                i.status().name(), phase, PHASES.get(phase), i.atRiskOfPlacement(), i.notEligibleReason(),
                new InterventionView.Team(i.caseworker(), i.followUpCaseworker(), i.therapist1(), i.therapist2()),
                sessions.findByInterventionIdOrderByHeldOnAscIdAsc(i.id()).stream().map(SessionEntity::toView).toList(),
                weeks.findByInterventionIdOrderByWeekNoAsc(i.id()).stream().map(WeekEntity::toView).toList(),
                all, intensity, all.size(), hours(all), i.earlyEndReason(), i.earlyEndNote(), i.reportFamily(),
                i.reportParenting(), i.parentsMeetNeeds(), i.decision(), i.decisionReason());
    }

    private static double hours(List<InterventionView.Contact> contacts) {
        return contacts.stream().mapToInt(InterventionView.Contact::minutes).sum() / 60.0;
    }

    static int phaseOf(int week) {
        return Math.min(3, (week - 1) / WEEKS_PER_PHASE + 1);
    }

    private void requireDayInCourse(Problems problems, String field, LocalDate day, HomeInterventionEntity intervention) {
        if (problems.require(field, day)) {
            if (day.isAfter(time.today())) {
                problems.add(field, "kan ikke ligge i fremtiden");
            } else if (day.isBefore(intervention.startDate())) {
                problems.add(field, "kan ikke ligge før forløbets start " + intervention.startDate());
            }
        }
    }

    private HomeInterventionEntity running(long interventionId) {
        HomeInterventionEntity intervention = entity(interventionId);
        requireStatus(intervention, Status.RUNNING, "i gang");
        return intervention;
    }

    private static void requireStatus(HomeInterventionEntity intervention, Status expected, String danish) {
        if (intervention.status() != expected) {
            throw InvalidInputException.of("intervention", "forløbet er ikke " + danish + " (" + intervention.status() + ")");
        }
    }

    private HomeInterventionEntity entity(long id) {
        return interventions.findById(id).orElseThrow(() -> new NotFoundException("Intensiv indsats " + id + " findes ikke"));
    }
}
