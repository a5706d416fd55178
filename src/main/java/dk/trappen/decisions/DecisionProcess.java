package dk.trappen.decisions;

/**
 * The contract of {@code bpmn/decision.bpmn}, the decision a case's process calls before it grants
 * a measure: its key, message, escalation and every variable its gateways, timers and the calling
 * process read. Ids, dates and choices only; reasons, names and answers stay in the domain.
 */
public final class DecisionProcess {

    public static final String KEY = "decision";
    /** The family's answer to the hearing arrived over the API: the decision can be made. */
    public static final String MESSAGE_HEARING_ANSWERED = "HearingAnswered";
    /** The committee chair's provisional placement is in force at once: the calling case grants it. */
    public static final String ESCALATION_PROVISIONAL_PLACEMENT = "ProvisionalPlacement";

    public static final String CASE_ID = "caseId";
    public static final String MEASURE_ID = "measureId";
    /** False for advice and early preventive help (Barnets lov § 30): granted without a decision. */
    public static final String DECISION_REQUIRED = "decisionRequired";
    /** "Træf afgørelse": the caseworker's {@link DecisionChoice}, by name. */
    public static final String CHOICE = "decisionChoice";
    /** The call's result for the case: {@link DecisionOutcome}, by name. */
    public static final String OUTCOME = "decisionOutcome";
    public static final String HEARING_ID = "hearingId";
    /** End of the hearing's last day to answer: then the decision may be made without the answer. */
    public static final String HEARING_ANSWER_DUE_AT = "hearingAnswerDueAt";
    public static final String CUSTODY_CONSENT = "custodyConsent";
    public static final String YOUNG_PERSON_CONSENT = "youngPersonConsent";
    public static final String SUBMISSION_ID = "submissionId";
    /** "Registrér udvalgets afgørelse": {@link CommitteeOutcome}, by name. */
    public static final String COMMITTEE_OUTCOME = "committeeOutcome";
    public static final String PROVISIONAL_DECISION_ID = "provisionalDecisionId";
    /** Start of the day after the committee's last day to confirm the chair's decision: then it lapses. */
    public static final String PROVISIONAL_LAPSES_AT = "provisionalLapsesAt";

    /** Task-local facts the forms show: the measure decided on, whether it is a placement, the hearing so far. */
    public static final String MEASURE_SUMMARY = "decisionMeasure";
    public static final String PLACEMENT = "decisionPlacement";
    public static final String YOUNG_PERSON_CONSENT_REQUIRED = "youngPersonConsentRequired";
    public static final String CUSTODY_HOLDERS_KNOWN = "custodyHoldersKnown";
    public static final String HEARING_STATUS = "hearingStatus";

    private DecisionProcess() {
    }

    /** What the caseworker does at "Træf afgørelse". */
    public enum DecisionChoice { GRANT, REFUSE, HEARING, COMMITTEE }

    /** How the decision ended, for the case that called it. */
    public enum DecisionOutcome { GRANTED, REFUSED, CONFIRMED, LAPSED }

    /** What the children and youth committee (or its chair) decided. */
    public enum CommitteeOutcome { PLACED, PROVISIONAL, REFUSED }
}
