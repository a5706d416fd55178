package dk.trappen.casefile;

/**
 * The contract of {@code bpmn/childCase.bpmn}: its key, messages and every process variable its
 * gateways, due dates and assignments read. Ids and non-personal routing facts only.
 */
public final class ChildCaseProcess {

    public static final String KEY = "childCase";
    public static final String DECISION_KEY = "grantingAuthority";
    /** Starts the case's process with an investigation (from intake). */
    public static final String MESSAGE_INVESTIGATION_REQUESTED = "InvestigationRequested";
    /** A new concern routed to investigation while the case's process runs. */
    public static final String MESSAGE_NEW_CONCERN = "NewConcernOnCase";

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CHILD_ID = "childId";
    public static final String TEAM_ID = "teamId";
    public static final String TEAM_GROUP = "teamGroup";
    public static final String TEAM_LEADER_GROUP = "teamLeaderGroup";
    /** User id of the responsible caseworker: the assignee of the case's tasks. */
    public static final String CASEWORKER = "caseworker";
    public static final String CONCERN_ID = "concernId";
    public static final String INVESTIGATION_DUE_AT = "investigationDueAt";
    /** Two weeks before {@link #INVESTIGATION_DUE_AT}: "Forbered foreløbig vurdering" warns the caseworker. */
    public static final String INVESTIGATION_WARNING_AT = "investigationWarningAt";
    public static final java.time.Period INTERIM_WARNING_BEFORE = java.time.Period.ofWeeks(2);
    public static final String INVESTIGATION_NEEDED = "investigationNeeded";
    public static final String NEW_CONCERN_DUE_AT = "newConcernDueAt";
    /** Local to a new concern on the case: true when the caseworker reassesses it, false when intake decided an investigation. */
    public static final String REASSESS = "reassess";
    /** Local to a new concern on the case: it is about abuse, so only a new investigation will do (§ 20 stk. 1 nr. 2). */
    public static final String CONCERNS_ABUSE = "concernsAbuse";
    /** "Genvurdér sagen": {@link Reassessment.Outcome} as its name. */
    public static final String REASSESSMENT_OUTCOME = "reassessmentOutcome";
    public static final String RECOMMENDED_STEP = "recommendedStep";

    // The measure being chosen or granted, and the inputs of the decision grantingAuthority.
    public static final String MEASURE_ID = "measureId";
    public static final String STAIRCASE_STEP = "staircaseStep";
    public static final String MEASURE_KIND = "measureKind";
    public static final String APPROVER = "approver";
    /** Whether the grant is a decision with consent and letters (the call "Træf afgørelse" reads it). */
    public static final String DECISION_REQUIRED = "decisionRequired";
    public static final String APPROVAL = "approval";
    public static final String MEASURE_INTENSIVE = "measureIntensive";
    public static final String MEASURE_PLACEMENT = "measurePlacement";
    public static final String MEASURE_END_DUE_AT = "measureEndDueAt";
    /** ISO date the measure starts: the intensive intervention's week 1. */
    public static final String MEASURE_START_DATE = "measureStartDate";
    /** What the caseworker decided after an intensive home intervention (its output). */
    public static final String INTERVENTION_DECISION = "interventionDecision";
    public static final String PLAN_DUE_AT = "planDueAt";
    public static final String MEASURE_OUTCOME = "measureOutcome";
    public static final String MEASURE_EXTENDED = "measureExtended";
    /** Local to the course, then its output: the child went home, so "Følg op efter hjemgivelsen" is due then. */
    public static final String RETURN_HOME_FOLLOW_UP_AT = "returnHomeFollowUpAt";
    /** When "Følg op efter hjemgivelsen" appears: two weeks before it is due. */
    public static final String RETURN_HOME_FOLLOW_UP_FROM = "returnHomeFollowUpFrom";
    public static final java.time.Period RETURN_HOME_NOTICE = java.time.Period.ofWeeks(2);
    /** Task-local: the offers the caseworker can choose from, as the form's select options. */
    public static final String OFFER_OPTIONS = "offerOptions";
    public static final String OFFER_ID = "offerId";
    /** Task-local: the measure chosen replaces a running placement, so the form asks for the return home. */
    public static final String REPLACES_PLACEMENT = "replacesPlacement";
    /** The start of the young person's 16th birthday, for a child under 16 when the case starts ("Den unge fylder 16"). */
    public static final String TURNS_16_AT = "turns16At";
    /** When the ungeplan is due: 3 months after the 16th birthday (legal table YOUNG_PERSON_PLAN, § 108 stk. 3). */
    public static final String YOUNG_PERSON_PLAN_DUE_AT = "youngPersonPlanDueAt";
    /** "Tag stilling til ungeplan": true when an ungeplan is to be written. */
    public static final String YOUNG_PERSON_PLAN_NEEDED = "youngPersonPlanNeeded";

    public static final String CASE_ACTION = "caseAction";

    /** Ends the course of a measure that was ended elsewhere (a follow-up's decision, a replacing grant). */
    public static final String MESSAGE_COURSE_MEASURE_ENDED = "CourseMeasureEnded";
    /** A follow-up decided to step down or up: the caseworker chooses the measure that replaces it. */
    public static final String MESSAGE_STEP_CHANGE_DECIDED = "StepChangeDecided";
    /**
     * Support started while the investigation runs (Barnets lov § 32 stk. 4): the case page's action
     * reaches "Gennemfør børnefaglig undersøgelse" with it, and the caseworker gets "Vælg indsats".
     */
    public static final String MESSAGE_MEASURE_ALONGSIDE = "MeasureAlongsideInvestigation";
    /**
     * True from that action until the measure is granted: the measure then needs the reason it could
     * not wait, no placement is possible, the investigation cannot be finished meanwhile, and the
     * grant does not make a second "Følg sagen".
     */
    public static final String MEASURE_ALONGSIDE = "measureAlongside";
    /**
     * An acute placement granted by intake for a child whose case runs: its course (plan within 3
     * months, "Afslut eller forlæng indsats", follow-ups) starts beside the case at "Følg sagen".
     * (A new case starts it at the gateway "Akut anbragt?", from {@link #ACUTE_COURSE}.)
     */
    public static final String MESSAGE_ACUTE_PLACEMENT_COURSE = "AcutePlacementCourse";
    /** True from the acute placement until its course has started: its grant then ends beside the case. */
    public static final String ACUTE_COURSE = "acuteCourse";
    /** The running measure the next granted measure replaces (ended when the new one is granted). */
    public static final String REPLACED_MEASURE_ID = "replacedMeasureId";

    private ChildCaseProcess() {
    }

    /** The due date of the investigation and its warning two weeks (calendar days, Copenhagen) earlier. */
    public static java.util.Map<String, Object> investigationDue(java.time.Instant dueAt, java.time.ZoneId zone) {
        return java.util.Map.of(INVESTIGATION_DUE_AT, java.util.Date.from(dueAt),
                INVESTIGATION_WARNING_AT, java.util.Date.from(dueAt.atZone(zone).minus(INTERIM_WARNING_BEFORE).toInstant()));
    }
}
