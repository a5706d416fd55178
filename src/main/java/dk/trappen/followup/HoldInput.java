package dk.trappen.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * What "Gennemfør opfølgning" records. At the case's first follow-up also the cadence of the next
 * ones ({@code POLICY} or an ISO period), its reason and that the reason was given to the child and
 * the parents (Barnets lov § 95 stk. 3). FIT is two scores, never one: ORS (outcome, at the start)
 * and SRS (the session, at the end), each 0–40. Goal scores are per goal of the current plan, in the plan's order. */
public record HoldInput(LocalDate heldOn, List<Integer> goalScores, List<String> goalNotes, Boolean childHeard,
                        String childNotHeardReason, Integer fitOrs, Integer fitSrs, FollowUpDecision decision, String decisionReason,
                        Boolean homeReturnPossible, String homeReturnReason, String caseCadence, String cadenceReason,
                        Boolean cadenceToldFamily) {
}
