package dk.trappen.homeintervention;

/**
 * The contract of {@code bpmn/intensiveHomeIntervention.bpmn}: its key, message, the caller's
 * inputs and the output, and the variables its gateways, timers and due dates read.
 */
public final class IntensiveInterventionProcess {

    public static final String KEY = "intensiveHomeIntervention";
    /** A team member ended the intervention early (the family withdrew, or an acute situation). */
    public static final String MESSAGE_ENDED_EARLY = "InterventionEndedEarly";

    // Inputs from childCase (with the case's ids and groups).
    public static final String CASE_ID = "caseId";
    public static final String MEASURE_ID = "measureId";
    /** ISO date: the first day of week 1. */
    public static final String START_DATE = "startDate";
    // Output to childCase.
    public static final String DECISION = "interventionDecision";

    public static final String INTERVENTION_ID = "interventionId";
    public static final String ELIGIBLE = "eligible";
    public static final String FOLLOW_UP_CASEWORKER = "followUpCaseworker";
    public static final String THERAPIST_1 = "therapist1";
    public static final String THERAPIST_2 = "therapist2";
    /** The end of week 4: the phase-1 meeting's due date. */
    public static final String PHASE_ONE_ENDS_AT = "phaseOneEndsAt";
    public static final String PHASE_TWO_STARTS_AT = "phaseTwoStartsAt";
    public static final String PHASE_THREE_STARTS_AT = "phaseThreeStartsAt";
    /** The end of week 12: the report's and the status meeting's due date. */
    public static final String INTERVENTION_ENDS_AT = "interventionEndsAt";
    /** When the next week's focus-point task appears. */
    public static final String NEXT_WEEK_STARTS_AT = "nextWeekStartsAt";

    // Task-local, for the forms.
    public static final String WEEK = "week";
    public static final String GOAL_COUNT = "goalCount";
    public static final String CASEWORKER_OPTIONS = "caseworkerOptions";
    public static final String THERAPIST_OPTIONS = "therapistOptions";

    private IntensiveInterventionProcess() {
    }
}
