package dk.trappen.followup;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildPlans;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.GoalParty;
import dk.trappen.casefile.PlanView;
import dk.trappen.followup.internal.FollowUpEntity;
import dk.trappen.followup.internal.FollowUpEntity.Status;
import dk.trappen.followup.internal.FollowUpGoalEntity;
import dk.trappen.followup.internal.FollowUpGoalRepository;
import dk.trappen.followup.internal.FollowUpPolicyEntity;
import dk.trappen.followup.internal.FollowUpPolicyRepository;
import dk.trappen.followup.internal.FollowUpRepository;
import dk.trappen.followup.internal.PlacementVisitEntity;
import dk.trappen.followup.internal.PlacementVisitRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureType;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups of measures (Barnets lov § 95): planned by the cadence the decision followUpCadence
 * gives, prepared, held with a decision, escalated when late, and cancelled when the measure ends;
 * supervision visits to placed children (§ 156 stk. 5). The interval comes from the decision; this
 * service only adds it to the right date.
 */
@Service
@Transactional
public class FollowUps {

    /** A placement's follow-ups ask whether the child can go home from this many months on. */
    static final int HOME_RETURN_FROM_MONTHS = 6;
    static final int MAX_GOALS = 4;
    private static final EnumSet<Status> NOT_DONE = EnumSet.of(Status.PLANNED, Status.OPEN);

    private final FollowUpRepository followUps;
    private final FollowUpGoalRepository goals;
    private final PlacementVisitRepository visits;
    private final FollowUpPolicyRepository policies;
    private final dk.trappen.followup.internal.CaseCadenceRepository cadences;
    private final Measures measures;
    private final ChildCases cases;
    private final ChildPlans plans;
    private final ChildRegistry registry;
    private final FollowUpProperties properties;
    private final TimeSource time;

    FollowUps(FollowUpRepository followUps, FollowUpGoalRepository goals, PlacementVisitRepository visits,
              FollowUpPolicyRepository policies, Measures measures, ChildCases cases, ChildPlans plans,
              ChildRegistry registry, FollowUpProperties properties, TimeSource time,
              dk.trappen.followup.internal.CaseCadenceRepository cadences) {
        this.cadences = cadences;
        this.followUps = followUps;
        this.goals = goals;
        this.visits = visits;
        this.policies = policies;
        this.measures = measures;
        this.cases = cases;
        this.plans = plans;
        this.registry = registry;
        this.properties = properties;
        this.time = time;
    }

    /** What a follow-up being held needs to know; {@code followUpsHeld} and months feed the decision. */
    public record Held(FollowUpDecision decision, LocalDate heldOn, int followUpsHeld, int monthsSinceStart) {
    }

    /** The form's facts: how many goals the current plan has, whose they are, and whether to ask about going home. */
    public record HoldForm(int goalCount, String goalParties, boolean askHomeReturn, boolean decideCadence) {
    }

    /** The case's follow-ups and visits, with the policy that plans them. */
    public record CaseFollowUps(long caseId, FollowUpPolicy policy, boolean ownPolicy, List<FollowUpView> followUps,
                                List<VisitView> visits) {
    }

    /** What the first follow-up may decide: the policy, or a fixed cadence of at most 6 months. */
    static final List<String> CADENCES = List.of("POLICY", "P1M", "P6W", "P2M", "P3M", "P4M", "P6M");

    // ------------------------------------------------------------------ policy

    @Transactional(readOnly = true)
    public FollowUpPolicy policyOf(long caseId) {
        return policies.findById(caseId).map(FollowUpPolicyEntity::policy).orElse(properties.policy());
    }

    /** The case's own policy; the team's caseworkers and leaders may choose it. Applies from the next planning. */
    public FollowUpPolicy choosePolicy(long caseId, FollowUpPolicy policy, CurrentUser user) {
        CaseRef ref = cases.ref(caseId);
        requireTeamToChange(ref, user);
        if (policy == null) {
            throw InvalidInputException.of("policy", "skal være en af " + List.of(FollowUpPolicy.values()));
        }
        policies.findById(caseId).ifPresentOrElse(own -> own.choose(policy, user.id(), time.now()),
                () -> policies.save(new FollowUpPolicyEntity(caseId, policy, user.id(), time.now())));
        return policy;
    }

    // ------------------------------------------------------------------ follow-ups

    /**
     * The next follow-up of the measure: due at the last held follow-up's date (or the measure's
     * start) plus {@code interval}. A retried job gets the follow-up already planned.
     */
    public FollowUpView plan(long measureId, FollowUpPolicy policy, String interval) {
        List<FollowUpEntity> earlier = followUps.findByMeasureIdOrderBySequenceNoAsc(measureId);
        FollowUpEntity pending = earlier.stream().filter(f -> NOT_DONE.contains(f.status())).findFirst().orElse(null);
        if (pending != null) {
            return view(pending);
        }
        MeasureView measure = measures.get(measureId);
        LocalDate base = earlier.stream().filter(f -> f.heldOn() != null).map(FollowUpEntity::heldOn)
                .reduce((first, second) -> second).orElse(measure.startDate());
        // § 95 stk. 3: after the first follow-up, the cadence the case's first follow-up decided wins
        // over the policy's table (unless it decided to follow the policy).
        boolean afterFirst = earlier.stream().anyMatch(f -> f.heldOn() != null);
        var own = cadences.findById(measure.caseId()).filter(c -> afterFirst && !c.followsPolicy());
        if (own.isPresent()) {
            interval = own.get().cadence();
        }
        Period period;
        try {
            period = Period.parse(interval);
        } catch (RuntimeException e) {
            throw new IllegalStateException("followUpCadence gave no ISO-8601 period: " + interval, e);
        }
        CaseRef ref = cases.ref(measure.caseId());
        return view(followUps.save(new FollowUpEntity(measure.caseId(), measureId, ref.teamId(), earlier.size() + 1, policy,
                measure.measureKind().measureType().name(), interval, base.plus(period), time.now())));
    }

    /**
     * Barnets lov § 95 stk. 2: a measure's first follow-up is held at the earlier of 3 months after its
     * start and the end of an investigation running in parallel. When such an investigation ends, each
     * running measure's first follow-up that is not yet held is brought forward to the investigation's
     * end plus the preparation time. Returns the follow-ups that moved.
     */
    public List<FollowUpView> bringForwardAfterInvestigation(long caseId, LocalDate investigationFinishedOn) {
        LocalDate due = investigationFinishedOn.plus(properties.preparation());
        return followUps.findByCaseIdAndStatusIn(caseId, NOT_DONE).stream()
                .filter(followUp -> followUp.sequenceNo() == 1 && followUp.dueDate().isAfter(due))
                .peek(followUp -> followUp.bringForward(due))
                .map(this::view).toList();
    }

    /** "Forbered opfølgning" has appeared: the follow-up is no longer only planned. */
    public void opened(long followUpId) {
        entity(followUpId).open();
    }

    public FollowUpView prepare(long followUpId, Boolean meeting, String childView, String user) {
        Problems problems = new Problems();
        problems.require("followUpMeeting", meeting);
        problems.maxLength("childView", childView, 4000);
        problems.throwIfAny();
        FollowUpEntity followUp = entity(followUpId);
        requireNotDone(followUp);
        followUp.prepare(meeting, blankToNull(childView), user, time.now());
        cases.recordInvolvement(followUp.caseId(), user);
        return view(followUp);
    }

    @Transactional(readOnly = true)
    public HoldForm holdForm(long followUpId) {
        FollowUpEntity followUp = entity(followUpId);
        List<PlanView.Goal> planGoals = plans.current(followUp.caseId()).map(PlanView::goals).orElse(List.of());
        int count = Math.min(planGoals.size(), MAX_GOALS);
        String parties = IntStream.range(0, count).mapToObj(i -> "Mål " + (i + 1) + ": "
                + (planGoals.get(i).party() == GoalParty.CHILD ? "barnet" : "forældrene")).collect(Collectors.joining(" · "));
        return new HoldForm(count, parties, asksHomeReturn(measures.get(followUp.measureId()), followUp.dueDate()),
                !cadences.existsById(followUp.caseId()));
    }

    /**
     * "Gennemfør opfølgning": progress on each goal of the current plan, the child heard (or why
     * not), FIT if used, whether a placed child can go home (from 6 months on), and the decision.
     */
    public Held hold(long followUpId, HoldInput input, String user) {
        FollowUpEntity followUp = entity(followUpId);
        requireNotDone(followUp);
        MeasureView measure = measures.get(followUp.measureId());
        int goalCount = holdForm(followUpId).goalCount();
        boolean askHome = asksHomeReturn(measure, followUp.dueDate());
        Problems problems = new Problems();
        if (problems.require("followUpHeldOn", input.heldOn())) {
            if (input.heldOn().isAfter(time.today())) {
                problems.add("followUpHeldOn", "kan ikke ligge i fremtiden");
            } else if (input.heldOn().isBefore(measure.startDate())) {
                problems.add("followUpHeldOn", "kan ikke ligge før indsatsens start " + measure.startDate());
            }
        }
        for (int goal = 1; goal <= goalCount; goal++) {
            Integer score = at(input.goalScores(), goal);
            if (problems.require("goal" + goal + "Score", score) && (score < 1 || score > 10)) {
                problems.add("goal" + goal + "Score", "skal være mellem 1 og 10");
            }
            problems.maxLength("goal" + goal + "Note", at(input.goalNotes(), goal), 4000);
        }
        if (problems.require("childHeard", input.childHeard()) && !input.childHeard()) {
            problems.require("childNotHeardReason", input.childNotHeardReason());
        }
        if (input.fitOrs() != null && (input.fitOrs() < 0 || input.fitOrs() > 40)) {
            problems.add("fitOrs", "skal være mellem 0 og 40");
        }
        if (input.fitSrs() != null && (input.fitSrs() < 0 || input.fitSrs() > 40)) {
            problems.add("fitSrs", "skal være mellem 0 og 40");
        }
        if (input.decision() == FollowUpDecision.END_MEASURE && measure.isPlacement()) {
            // A placement ends with a return home, whose plan and support the law requires (§ 100):
            // that is asked where the placement ends, in the case's course, not here.
            problems.add("followUpDecision", "en anbringelse afsluttes i barnets sag med 'Afslut eller forlæng indsats',"
                    + " hvor hjemgivelsen og støtten bagefter planlægges (Barnets lov § 100); vælg 'Fortsæt' her");
        }
        if (problems.require("followUpDecision", input.decision()) && input.decision() != FollowUpDecision.CONTINUE) {
            problems.require("decisionReason", input.decisionReason());
        }
        problems.maxLength("decisionReason", input.decisionReason(), 4000);
        if (askHome && problems.require("homeReturnPossible", input.homeReturnPossible())) {
            problems.require("homeReturnReason", input.homeReturnReason());
        }
        problems.maxLength("homeReturnReason", input.homeReturnReason(), 4000);
        problems.maxLength("childNotHeardReason", input.childNotHeardReason(), 4000);
        boolean decideCadence = !cadences.existsById(followUp.caseId());
        if (decideCadence) {
            if (problems.require("caseCadence", input.caseCadence()) && !CADENCES.contains(input.caseCadence())) {
                problems.add("caseCadence", "skal være en af " + CADENCES);
            }
            problems.require("cadenceReason", input.cadenceReason());
            problems.maxLength("cadenceReason", input.cadenceReason(), 4000);
            if (!Boolean.TRUE.equals(input.cadenceToldFamily())) {
                problems.add("cadenceToldFamily", "begrundelsen skal gives til barnet og forældrene (Barnets lov § 95 stk. 3)");
            }
        }
        problems.throwIfAny();
        if (decideCadence) {
            cadences.save(new dk.trappen.followup.internal.CaseCadenceEntity(followUp.caseId(), input.caseCadence(),
                    input.cadenceReason().trim(), true, followUpId, user, time.now()));
        }

        followUp.hold(input.heldOn(), user, input.childHeard(),
                input.childHeard() ? null : input.childNotHeardReason(), input.fitOrs(), input.fitSrs(), input.decision(),
                blankToNull(input.decisionReason()), askHome, askHome ? input.homeReturnPossible() : null,
                askHome ? input.homeReturnReason() : null);
        for (int goal = 1; goal <= goalCount; goal++) {
            goals.save(new FollowUpGoalEntity(followUpId, goal, at(input.goalScores(), goal),
                    blankToNull(at(input.goalNotes(), goal))));
        }
        cases.recordInvolvement(followUp.caseId(), user);
        int held = (int) followUps.countByMeasureIdAndStatus(followUp.measureId(), Status.HELD);
        int months = (int) ChronoUnit.MONTHS.between(measure.startDate(), input.heldOn());
        return new Held(input.decision(), input.heldOn(), held, Math.max(months, 0));
    }

    /** "Opfølgning overskredet": the team leader's note on a follow-up not held in time. */
    public void escalate(long followUpId, String note) {
        Problems problems = new Problems();
        problems.require("escalationNote", note);
        problems.maxLength("escalationNote", note, 4000);
        problems.throwIfAny();
        entity(followUpId).escalate(note.trim(), time.now());
    }

    /** The measure has ended: what was planned for it will not happen. */
    public void measureEnded(long measureId) {
        followUps.findByMeasureIdAndStatusIn(measureId, NOT_DONE).forEach(FollowUpEntity::cancel);
        visits.findByMeasureIdAndStatusIn(measureId, NOT_DONE).forEach(PlacementVisitEntity::cancel);
    }

    // ------------------------------------------------------------------ supervision visits

    /** The next visit to a placed child: the last visit (or the placement's start) plus the visit interval. */
    public VisitView planVisit(long measureId) {
        List<PlacementVisitEntity> pending = visits.findByMeasureIdAndStatusIn(measureId, NOT_DONE);
        if (!pending.isEmpty()) {
            return pending.get(0).toView();
        }
        MeasureView measure = measures.get(measureId);
        LocalDate base = visits.findByMeasureIdAndStatusOrderByVisitedOnDesc(measureId, Status.HELD).stream()
                .map(PlacementVisitEntity::visitedOn).findFirst().orElse(measure.startDate());
        return visits.save(new PlacementVisitEntity(measure.caseId(), measureId, cases.ref(measure.caseId()).teamId(),
                base.plus(properties.visitInterval()), time.now())).toView();
    }

    public void visitOpened(long visitId) {
        visit(visitId).open();
    }

    public VisitView recordVisit(long visitId, LocalDate visitedOn, Boolean talkedWithChild, Boolean withoutStaff,
                                 String note, String user) {
        PlacementVisitEntity visit = visit(visitId);
        Problems problems = new Problems();
        if (problems.require("visitedOn", visitedOn) && visitedOn.isAfter(time.today())) {
            problems.add("visitedOn", "kan ikke ligge i fremtiden");
        }
        problems.require("talkedWithChild", talkedWithChild);
        if (Boolean.FALSE.equals(talkedWithChild)) {
            problems.require("visitNote", note); // why the conversation did not happen
        }
        problems.maxLength("visitNote", note, 4000);
        problems.throwIfAny();
        if (visit.status() == Status.HELD || visit.status() == Status.CANCELLED) {
            throw InvalidInputException.of("visit", "tilsynsbesøget er allerede registreret eller aflyst");
        }
        visit.visited(visitedOn, user, talkedWithChild, Boolean.TRUE.equals(withoutStaff), blankToNull(note));
        cases.recordInvolvement(visit.caseId(), user);
        return visit.toView();
    }

    // ------------------------------------------------------------------ reading

    /** The case's follow-ups and visits for {@code user} (the team, its leaders, managers); the read is audit-logged. */
    @Transactional
    public CaseFollowUps ofCase(long caseId, CurrentUser user) {
        CaseRef ref = cases.ref(caseId);
        registry.read(ref.childId(), user, AccessChannel.API,
                "Opfølgninger på sag " + ref.caseNumber());
        return new CaseFollowUps(caseId, policyOf(caseId), policies.existsById(caseId), views(caseId),
                visits.findByCaseIdOrderByDueDateAscIdAsc(caseId).stream().map(PlacementVisitEntity::toView).toList());
    }

    /** Follow-ups and visits planned whose tasks have not appeared yet: the case's later deadlines. */
    @Transactional(readOnly = true)
    public List<FollowUpView> plannedFollowUps(long caseId) {
        return followUps.findByCaseIdAndStatusIn(caseId, EnumSet.of(Status.PLANNED)).stream().map(this::view).toList();
    }

    /** Each case's earliest planned follow-up date, in one query (the team's case review). */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> nextPlannedDue(java.util.Collection<Long> caseIds) {
        return caseIds.isEmpty() ? Map.of() : followUps.findByCaseIdInAndStatus(caseIds, Status.PLANNED).stream()
                .collect(Collectors.toMap(FollowUpEntity::caseId, FollowUpEntity::dueDate,
                        (a, b) -> a.isBefore(b) ? a : b));
    }

    @Transactional(readOnly = true)
    public List<VisitView> plannedVisits(long caseId) {
        return visits.findByCaseIdOrderByDueDateAscIdAsc(caseId).stream()
                .filter(visit -> visit.status() == Status.PLANNED).map(PlacementVisitEntity::toView).toList();
    }

    /** The case's held follow-ups, oldest first: what was recorded, for the case's journal. */
    @Transactional(readOnly = true)
    public List<FollowUpView> held(long caseId) {
        return views(caseId).stream().filter(f -> f.heldOn() != null).toList();
    }

    /** Follow-ups held for these cases between two dates (statistics: the child heard, FIT). */
    @Transactional(readOnly = true)
    public List<FollowUpView> heldBetween(java.util.Collection<Long> caseIds, LocalDate from, LocalDate to) {
        return caseIds.isEmpty() ? List.of() : followUps.findByCaseIdInAndHeldOnBetweenOrderByHeldOnAsc(caseIds, from, to)
                .stream().map(f -> f.toView(List.of())).toList();
    }

    @Transactional(readOnly = true)
    public FollowUpView get(long followUpId) {
        return view(entity(followUpId));
    }

    private List<FollowUpView> views(long caseId) {
        List<FollowUpEntity> all = followUps.findByCaseIdOrderByDueDateAscIdAsc(caseId);
        Map<Long, List<FollowUpView.GoalScore>> scores = goals.findByFollowUpIdIn(all.stream().map(FollowUpEntity::id).toList())
                .stream().collect(Collectors.groupingBy(FollowUpGoalEntity::followUpId,
                        Collectors.mapping(FollowUpGoalEntity::toScore, Collectors.toList())));
        return all.stream().map(f -> f.toView(scores.getOrDefault(f.id(), List.of()))).toList();
    }

    private FollowUpView view(FollowUpEntity followUp) {
        return followUp.toView(goals.findByFollowUpIdOrderByGoalFieldAsc(followUp.id()).stream()
                .map(FollowUpGoalEntity::toScore).toList());
    }

    private static boolean asksHomeReturn(MeasureView measure, LocalDate on) {
        MeasureType type = measure.measureKind().measureType();
        return type.isPlacement() && ChronoUnit.MONTHS.between(measure.startDate(), on) >= HOME_RETURN_FROM_MONTHS;
    }

    private void requireTeam(CaseRef ref, CurrentUser user) {
        if (!registry.mayRead(user, ref.teamId())) {
            throw registry.refused(ref.childId(), user, dk.trappen.casefile.AccessChannel.API,
                    "Opfølgninger i sag " + ref.caseNumber(), "Sagen hører under et andet team.");
        }
    }

    /**
     * Reading is wider than changing: intake reads a child's record to assess a concern, but how
     * often the child's measures are followed up is the case team's decision.
     */
    private static void requireTeamToChange(CaseRef ref, CurrentUser user) {
        if (!user.isInTeam(ref.teamId()) && !user.isIn(Groups.teamLeaders(ref.teamId())) && !user.isAdmin()) {
            throw new ForbiddenException("Kun sagens team og teamleder kan vælge opfølgningspolitik.");
        }
    }

    private static void requireNotDone(FollowUpEntity followUp) {
        if (!NOT_DONE.contains(followUp.status())) {
            throw InvalidInputException.of("followUp", "opfølgningen er allerede " + (followUp.status() == Status.HELD
                    ? "gennemført" : "aflyst"));
        }
    }

    private static <T> T at(List<T> list, int oneBased) {
        return list == null || list.size() < oneBased ? null : list.get(oneBased - 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private FollowUpEntity entity(long id) {
        return followUps.findById(id).orElseThrow(() -> new NotFoundException("Opfølgning " + id + " findes ikke"));
    }

    private PlacementVisitEntity visit(long id) {
        return visits.findById(id).orElseThrow(() -> new NotFoundException("Tilsynsbesøg " + id + " findes ikke"));
    }
}
