package dk.trappen.followup;

import java.time.LocalDate;

/** A supervision visit to a placed child (tilsynsbesøg, Barnets lov § 156 stk. 5). */
public record VisitView(long id, long caseId, long measureId, LocalDate dueDate, String status, LocalDate visitedOn,
                        String visitedBy, Boolean talkedWithChild, Boolean withoutStaff, String note) {
}
