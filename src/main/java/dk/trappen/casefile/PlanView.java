package dk.trappen.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of the child's plan (barnets plan, § 91). */
public record PlanView(long id, int version, Instant createdAt, String createdBy, String reason, List<Goal> goals) {

    /** A goal: what should be reached, how progress is seen, and by when. */
    public record Goal(GoalParty party, String description, String progressSign, LocalDate targetDate) {
    }
}
