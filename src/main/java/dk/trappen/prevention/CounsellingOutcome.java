package dk.trappen.prevention;

/** What came of an open anonymous counselling, for statistics. */
public enum CounsellingOutcome {
    ADVICE_GIVEN,
    GROUP_OFFER_SUGGESTED,
    COURSE_REQUEST_ENCOURAGED,
    REFERRED_ELSEWHERE
}
