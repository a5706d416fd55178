package dk.trappen.staircase;

import java.time.LocalDate;

/** A placement that ended with the child going home: the plan for the return and the follow-up after it. */
public record ReturnHome(long measureId, LocalDate returnedOn, String plan, boolean supportAfterReturn,
                         LocalDate followUpDue) {
}
