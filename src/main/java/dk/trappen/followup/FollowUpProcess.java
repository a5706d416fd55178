package dk.trappen.followup;

/**
 * The contract of {@code bpmn/followUp.bpmn} and {@code bpmn/supervision.bpmn}: keys, messages
 * and every variable their gateways, timers, due dates and the decision {@code followUpCadence}
 * read. Ids and non-personal facts only.
 */
public final class FollowUpProcess {

    public static final String KEY = "followUp";
    public static final String SUPERVISION_KEY = "supervision";
    public static final String DECISION_KEY = "followUpCadence";
    /** Ends a measure's follow-up process: the measure has ended. */
    public static final String MESSAGE_MEASURE_ENDED = "MeasureEnded";

    // Carried from the child's case (same names as there).
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CHILD_ID = "childId";
    public static final String TEAM_ID = "teamId";
    public static final String TEAM_GROUP = "teamGroup";
    public static final String TEAM_LEADER_GROUP = "teamLeaderGroup";
    public static final String CASEWORKER = "caseworker";
    public static final String MEASURE_ID = "measureId";

    // The inputs and output of the decision followUpCadence.
    public static final String POLICY = "policy";
    public static final String MEASURE_TYPE = "measureType";
    public static final String MONTHS_SINCE_START = "monthsSinceStart";
    public static final String FOLLOW_UPS_HELD = "followUpsHeld";
    public static final String INTERVAL = "interval";

    public static final String PLACEMENT = "placement";
    public static final String FOLLOW_UP_ID = "followUpId";
    /** The end of the follow-up's due day: the tasks' due date, and when a follow-up not held escalates. */
    public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
    /** When "Forbered opfølgning" appears (14 days before by default). */
    public static final String PREPARE_FROM = "prepareFrom";
    public static final String FOLLOW_UP_MEETING = "followUpMeeting";
    public static final String DECISION = "followUpDecision";
    public static final String VISIT_ID = "visitId";
    public static final String VISIT_DUE_AT = "visitDueAt";
    public static final String VISIT_NOTICE_AT = "visitNoticeAt";

    // Task-local, for the follow-up form: how many goals the plan has and whose they are, and
    // whether the child's return home must be considered.
    public static final String GOAL_COUNT = "goalCount";
    public static final String GOAL_PARTIES = "goalParties";
    public static final String ASK_HOME_RETURN = "askHomeReturn";

    // supervision
    public static final String PERIOD = "period";
    /** The quarter ("2027-Q1") whose case review this round holds; set in a quarter's first month only. */
    public static final String REVIEW_PERIOD = "reviewPeriod";
    public static final String QUARTERLY = "quarterly";
    public static final String ROUND_STARTS_AT = "roundStartsAt";
    public static final String ROUND_DUE_AT = "roundDueAt";
    public static final String TEAM_IDS = "teamIds";
    /** The multi-instance element: the team whose cases are supervised (not {@code teamId}: one instance serves all teams). */
    public static final String SUPERVISED_TEAM_ID = "supervisedTeamId";
    public static final String SUPERVISED_CASEWORKERS = "supervisedCaseworkers";
    public static final String SUPERVISED_CASEWORKER = "supervisedCaseworker";
    public static final String CASE_REVIEW_ID = "caseReviewId";
    /** Task-local: the drawn cases' numbers and ids ({@code case1}, {@code case1Id} …) and their count. */
    public static final String CASE_COUNT = "caseCount";

    private FollowUpProcess() {
    }
    /** Task-local on "Gennemfør opfølgning": the case's first follow-up decides the cadence (§ 95 stk. 3). */
    public static final String DECIDE_CADENCE = "decideCadence";
    /** POLICY or an ISO period; removed after the task. */
    public static final String CASE_CADENCE = "caseCadence";
    public static final String CADENCE_TOLD_FAMILY = "cadenceToldFamily";
}
