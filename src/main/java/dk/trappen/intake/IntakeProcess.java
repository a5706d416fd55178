package dk.trappen.intake;

/**
 * The contract of {@code bpmn/intake.bpmn}: its key and every process variable its gateways,
 * due dates and timers read. Ids and non-personal routing facts only (domain.md section 12).
 */
public final class IntakeProcess {

    public static final String KEY = "intake";
    public static final String DECISION_KEY = "triageConcern";
    /**
     * The message of the end event "Henvist til Tidlig Forebyggelse": it starts the early-prevention
     * unit's process ({@code earlyPrevention}) with {@link #CONCERN_ID}, {@link #CONCERN_NUMBER} and
     * {@link #CHILD_ID}.
     */
    public static final String PREVENTION_REFERRAL_MESSAGE = "PreventionReferral";

    // Set when the concern is registered.
    public static final String CONCERN_ID = "concernId";
    public static final String CONCERN_NUMBER = "concernNumber";
    public static final String CHILD_ID = "childId";
    public static final String TEAM_ID = "teamId";
    /** Candidate group of the team's caseworkers, e.g. {@code team-nord}. */
    public static final String TEAM_GROUP = "teamGroup";
    /** Candidate group of the team's leader(s), e.g. {@code teamleaders-nord}. */
    public static final String TEAM_LEADER_GROUP = "teamLeaderGroup";
    public static final String NOTIFIER_TYPE = "notifierType";
    public static final String PROFESSIONAL_NOTIFIER = "professionalNotifier";
    public static final String CONCERNS_ABUSE = "concernsAbuse";
    public static final String CHILD_HAS_OPEN_CASE = "childHasOpenCase";
    public static final String ASSESSMENT_DUE_AT = "assessmentDueAt";
    public static final String ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
    /** "Send kvittering": the professional notifier is in regular contact with the child, so gets the udvidet tilbagemelding (§ 138). */
    public static final String REGULAR_CONTACT = "regularContact";
    /** End of the udvidet tilbagemelding's last day (3 months after receipt, legal table EXTENDED_FEEDBACK). */
    public static final String FEEDBACK_DUE_AT = "feedbackDueAt";
    /** When "Giv udvidet tilbagemelding" appears: two weeks before it is due. */
    public static final String FEEDBACK_FROM = "feedbackFrom";
    public static final java.time.Duration FEEDBACK_NOTICE = java.time.Duration.ofDays(14);
    /** Task-local: what the concern led to, in Danish, for the feedback's form (no personal data). */
    public static final String FEEDBACK_STATUS = "feedbackStatus";
    public static final String FEEDBACK_TEXT = "pii_feedbackText";
    /** "Visitér underretning" → børnefaglig undersøgelse: the decision's reasons (in the letter to the parents). */
    public static final String INVESTIGATION_REASONS = "pii_investigationReasons";
    /** The custody holders, one per line, the decision's letter goes to. */
    public static final String CUSTODY_HOLDERS = "pii_custodyHolders";
    public static final String INVESTIGATION_DUE_AT = "investigationDueAt";
    /**
     * "Foretag afdækning" found that support under § 32 will do (Barnets lov § 32 stk. 4, § 19): the
     * case opens at the plan and the choice of measure, without a child welfare investigation.
     */
    public static final String SUPPORT_AFTER_CLARIFICATION = "supportAfterClarification";

    // The assessment's facts: the inputs of the decision triageConcern.
    public static final String ACUTE_DANGER = "acuteDanger";
    public static final String CONCERN_LEVEL = "concernLevel";
    public static final String BOUNDED_PROBLEM = "boundedProblem";
    public static final String FAMILY_MOTIVATED = "familyMotivated";
    /** The staff user id of the second assessor, when the child already has an open case (§ 137). */
    public static final String SECOND_ASSESSOR = "secondAssessor";

    // Triage.
    public static final String PROPOSED_ROUTE = "proposedRoute";
    /** The route chosen by the caseworker; preset to the proposal, which the form shows. */
    public static final String ROUTE = "route";
    public static final String DIALOGUE_MEETING_FIRST = "dialogueMeetingFirst";
    /** The caseworker who asked for the dialogue meeting and runs it (an input of networkMeeting). */
    public static final String CASEWORKER = "caseworker";
    /** Outputs of the dialogue meeting (networkMeeting): its id and HELD or CANCELLED. */
    public static final String DIALOGUE_MEETING_ID = "dialogueMeetingId";
    public static final String DIALOGUE_MEETING_OUTCOME = "dialogueMeetingOutcome";

    // Set when a case is opened.
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The router had the maximum caseload: the case went to the team, "Fordel sagen" goes to the team leader. */
    public static final String CASELOAD_FULL = "caseloadFull";
    /** The caseworker the team leader gives the case to ("Fordel sagen"): a staff user id. */
    public static final String ASSIGNED_CASEWORKER = "assignedCaseworker";

    // Form fields that carry personal data or free text (prefix pii_: never in history).
    public static final String NOTE = "pii_note";
    public static final String ROUTE_REASON = "pii_routeReason";
    public static final String ADVICE_GIVEN = "pii_adviceGiven";
    public static final String ACKNOWLEDGEMENT_TEXT = "pii_acknowledgementText";

    private IntakeProcess() {
    }
}
