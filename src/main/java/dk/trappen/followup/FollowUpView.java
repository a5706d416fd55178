package dk.trappen.followup;

import java.time.LocalDate;
import java.util.List;

/** A follow-up of a measure, planned or held, as the case's follow-up list shows it. */
public record FollowUpView(long id, long caseId, long measureId, int sequenceNo, FollowUpPolicy policy, String measureType,
                           String cadence, LocalDate dueDate, String status, Boolean meetingChosen, String childView,
                           LocalDate heldOn, String heldBy, Boolean childHeard, String childNotHeardReason,
                           Integer fitOrs, Integer fitSrs, FollowUpDecision decision, String decisionReason, boolean homeReturnAsked,
                           Boolean homeReturnPossible, String homeReturnReason, String escalationNote,
                           List<GoalScore> goals) {

    /** Progress on one goal of the plan: 1 (no progress) to 10 (reached). */
    public record GoalScore(int goal, int score, String note) {
    }
}
