package dk.trappen.intake;

/** The step a journal note on a concern was written in. */
public enum NoteKind {
    ASSESSMENT,
    ADVICE,
    CLARIFICATION,
    DIALOGUE_MEETING,
    CHILD_CONVERSATION,
    ACUTE_ACTION,
    LATE_ASSESSMENT,
    LATE_ACKNOWLEDGEMENT,
    REFERRAL_RECEIVED,
    INVESTIGATION
}
