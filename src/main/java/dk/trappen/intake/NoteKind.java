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
    INVESTIGATION,
    /** The udvidet tilbagemelding to a professional notifier in regular contact with the child (§ 138). */
    EXTENDED_FEEDBACK
}
