package dk.trappen.deadlines;

/** Codes of the legal table that the processes rely on (rows in {@code legal_rule}). */
public final class LegalRules {

    /** Assess a notification within 24 hours (Barnets lov § 136 / Serviceloven § 155). */
    public static final String CONCERN_ASSESSMENT = "CONCERN_ASSESSMENT";
    /** Acknowledge a professional's notification within 6 working days (§ 138 / § 155 b). */
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    /** Udvidet tilbagemelding to a professional notifier in regular contact with the child (§ 138 stk. 2, 3 months). */
    public static final String EXTENDED_FEEDBACK = "EXTENDED_FEEDBACK";
    /** Finish the child welfare investigation within 4 months (§ 20, § 22 / § 50). */
    public static final String INVESTIGATION = "INVESTIGATION";
    /** A new notification about a child with a case: a second assessor; abuse: talk to the child (§ 137). */
    public static final String REASSESSMENT = "REASSESSMENT";

    /** The child's plan: after a placement decision within 3 months (§ 91 / § 140). */
    public static final String CHILD_PLAN = "CHILD_PLAN";

    /** The follow-up after a placed child returns home (municipal deadline, default 3 months). */
    public static final String RETURN_HOME_FOLLOW_UP = "RETURN_HOME_FOLLOW_UP";
    /** The ungeplan: at the latest 3 months after the young person turns 16 (§ 108 stk. 3). */
    public static final String YOUNG_PERSON_PLAN = "YOUNG_PERSON_PLAN";

    private LegalRules() {
    }
}
