package dk.trappen.followup;

import java.time.LocalDate;
import java.util.List;

/** What "Gennemfør opfølgning" records. Scores are per goal of the current plan, in the plan's order. */
public record HoldInput(LocalDate heldOn, List<Integer> goalScores, List<String> goalNotes, Boolean childHeard,
                        String childNotHeardReason, Integer fitScore, FollowUpDecision decision, String decisionReason,
                        Boolean homeReturnPossible, String homeReturnReason) {
}
