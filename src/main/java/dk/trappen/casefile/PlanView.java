package dk.trappen.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the child's plan (barnets plan, § 91), or from 16 the young person's plan
 * (ungeplan, § 108) with whether the young person took part in it (§ 109 stk. 1).
 */
public record PlanView(long id, int version, Instant createdAt, String createdBy, String reason, List<Goal> goals,
                       boolean youngPersonPlan, Boolean youngPersonTookPart, String youngPersonNotPartReason) {

    /** The plan's name as the law and the caseworker call it. */
    public String danishName() {
        return youngPersonPlan ? "Ungeplan" : "Barnets plan";
    }

    /** A goal: what should be reached, how progress is seen, and by when. */
    public record Goal(GoalParty party, String description, String progressSign, LocalDate targetDate) {
    }
}
