package dk.trappen.decisions;

import java.time.LocalDate;

/** A hearing: sent, answer due, and the answer once it came. */
public record HearingView(long id, long caseId, LocalDate sentOn, LocalDate answerDueOn, LocalDate answeredOn,
                          String answer) {

    /** The decision may be made: the answer came, or its time ran out on {@code day}. */
    public boolean allowsDecisionOn(LocalDate day) {
        return answeredOn != null || day.isAfter(answerDueOn);
    }
}
