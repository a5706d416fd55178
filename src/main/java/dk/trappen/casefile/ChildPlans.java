package dk.trappen.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.trappen.casefile.internal.ChildPlan;
import dk.trappen.casefile.internal.ChildPlanRepository;
import dk.trappen.casefile.internal.PlanGoal;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's plan (barnets plan, § 91): goals for the child and for the parents. Every revision
 * is a new version; earlier versions stay as they were written.
 */
@Service
@Transactional
public class ChildPlans {

    private final ChildPlanRepository plans;
    private final ChildCases cases;
    private final TimeSource time;

    ChildPlans(ChildPlanRepository plans, ChildCases cases, TimeSource time) {
        this.plans = plans;
        this.cases = cases;
        this.time = time;
    }

    /** A goal as entered; {@code field} is the form field prefix that names it in a refusal. */
    public record GoalInput(String field, GoalParty party, String description, String progressSign,
                            LocalDate targetDate) {

        boolean isEmpty() {
            return blank(description) && blank(progressSign) && targetDate == null;
        }
    }

    /** From this age the plan is the young person's plan (ungeplan, Barnets lov § 108 stk. 1). */
    public static final int YOUNG_PERSON_PLAN_FROM_AGE = 16;
    /** The goal for the transition to adulthood an ungeplan must have (§ 109 stk. 1: education and employment). */
    public static final String ADULTHOOD_GOAL = "adulthoodGoal";

    /** How the young person took part in their plan; ignored for a child under 16. */
    public record YoungPersonPart(Boolean tookPart, String notPartReason) {
        public static final YoungPersonPart NOT_APPLICABLE = new YoungPersonPart(null, null);
    }

    /**
     * "Tag stilling til ungeplan" when the young person turns 16 (§ 108 stk. 1): an ungeplan is
     * written, or the reason there is none. A placed young person must have one (stk. 2). Noted in
     * the case's journal; refused, naming the field, before anything is stored.
     */
    public boolean decideYoungPersonPlan(long caseId, Boolean write, String reason, String decidedBy) {
        dk.trappen.platform.Problems problems = new dk.trappen.platform.Problems();
        if (problems.require("youngPersonPlanDecision", write) && !write) {
            if (cases.placed(caseId)) {
                problems.add("youngPersonPlanDecision", "den unge er anbragt, så der skal udarbejdes en ungeplan"
                        + " (Barnets lov § 108 stk. 2)");
            }
            problems.require("youngPersonPlanReason", reason);
        }
        problems.maxLength("youngPersonPlanReason", reason, 4000);
        problems.throwIfAny();
        cases.recordNote(caseId, CaseNoteKind.YOUNG_PERSON_PLAN, write
                ? "Den unge er fyldt 16: der udarbejdes en ungeplan (Barnets lov § 108)."
                : "Den unge er fyldt 16: der udarbejdes ikke en ungeplan (Barnets lov § 108 stk. 1). " + reason.trim(),
                null, decidedBy);
        return write;
    }

    /** Whether the case's plan is a young person's plan now (the child is 16 or older). */
    @Transactional(readOnly = true)
    public boolean youngPersonPlan(long caseId) {
        Integer age = cases.context(caseId).childAge();
        return age != null && age >= YOUNG_PERSON_PLAN_FROM_AGE;
    }

    public PlanView write(long caseId, List<GoalInput> goals, String reason, String writtenBy) {
        return write(caseId, goals, reason, YoungPersonPart.NOT_APPLICABLE, writtenBy);
    }

    /**
     * A new version of the plan. From 16 it is the young person's plan: it needs a goal for the
     * transition to adulthood and says whether the young person took part, or why not (§§ 108–109).
     * {@code part} null: the form could not ask (a task of an older model version), so a child's plan.
     */
    public PlanView write(long caseId, List<GoalInput> goals, String reason, YoungPersonPart part, String writtenBy) {
        boolean youngPerson = part != null && youngPersonPlan(caseId);
        List<GoalInput> effective = youngPerson ? goals
                : goals.stream().filter(goal -> !ADULTHOOD_GOAL.equals(goal.field())).toList();
        List<GoalInput> given = effective.stream().filter(goal -> !goal.isEmpty()).toList();
        Problems youngProblems = new Problems(); // the plan's other problems join these in validate
        if (youngPerson) {
            if (given.stream().noneMatch(goal -> ADULTHOOD_GOAL.equals(goal.field()))) {
                youngProblems.add(ADULTHOOD_GOAL, "ungeplanen skal have et mål for overgangen til voksenlivet, fx uddannelse"
                        + " eller beskæftigelse (Barnets lov § 109 stk. 1)");
            }
            if (youngProblems.require("youngPersonTookPart", part.tookPart()) && !part.tookPart()) {
                youngProblems.require("youngPersonNotPartReason", part.notPartReason());
            }
            youngProblems.maxLength("youngPersonNotPartReason", part.notPartReason(), 4000);
        }
        goals = effective;
        validate(goals, given, reason, youngProblems);
        List<PlanGoal> entities = new ArrayList<>();
        for (GoalParty party : GoalParty.values()) {
            List<GoalInput> ofParty = given.stream().filter(goal -> goal.party() == party).toList();
            for (int i = 0; i < ofParty.size(); i++) {
                GoalInput goal = ofParty.get(i);
                entities.add(new PlanGoal(party, i + 1, goal.description().trim(), goal.progressSign().trim(),
                        goal.targetDate()));
            }
        }
        int version = plans.findFirstByCaseIdOrderByVersionDesc(caseId).map(ChildPlan::version).orElse(0) + 1;
        cases.recordInvolvement(caseId, writtenBy);
        ChildPlan plan = new ChildPlan(caseId, version, entities, reason, writtenBy, time.now());
        if (youngPerson) {
            plan.asYoungPersonPlan(part.tookPart(), Boolean.TRUE.equals(part.tookPart()) ? null : part.notPartReason().trim());
        }
        return plans.save(plan).toView();
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> current(long caseId) {
        return plans.findFirstByCaseIdOrderByVersionDesc(caseId).map(ChildPlan::toView);
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<PlanView> versions(long caseId) {
        return plans.findByCaseIdOrderByVersionDesc(caseId).stream().map(ChildPlan::toView).toList();
    }

    /** Adds the plan's own problems to {@code problems} (the young person's, if any) and refuses them all at once. */
    private void validate(List<GoalInput> all, List<GoalInput> given, String reason, Problems problems) {
        for (GoalInput goal : all) {
            if (goal.isEmpty()) {
                continue;
            }
            problems.require(goal.field(), goal.description());
            problems.maxLength(goal.field(), goal.description(), 2000);
            problems.require(goal.field() + "Progress", goal.progressSign());
            problems.maxLength(goal.field() + "Progress", goal.progressSign(), 2000);
            if (problems.require(goal.field() + "TargetDate", goal.targetDate()) && goal.targetDate().isBefore(time.today())) {
                problems.add(goal.field() + "TargetDate", "kan ikke ligge i fortiden");
            }
        }
        for (GoalParty party : GoalParty.values()) {
            if (given.stream().noneMatch(goal -> goal.party() == party)) {
                String first = all.stream().filter(goal -> goal.party() == party).map(GoalInput::field).findFirst()
                        .orElse(party == GoalParty.CHILD ? "childGoal1" : "parentGoal1");
                problems.add(first, party == GoalParty.CHILD ? "planen skal have mindst ét mål for barnet"
                        : "planen skal have mindst ét mål for forældrene");
            }
        }
        problems.maxLength("planReason", reason, 2000);
        problems.throwIfAny();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
