package dk.trappen.casefile;

/** Notes on a case besides the investigation, the plan and the measures. */
public enum CaseNoteKind {
    /** Case opened by a caseworker for a known child: why. */
    CASE_OPENED,
    /** Foreløbig vurdering: the investigation missed its 4 months. */
    INTERIM_ASSESSMENT,
    /** The team leader's handling of a late investigation. */
    LATE_INVESTIGATION,
    /** A note from the caseworker's review of the case. */
    CASE_REVIEW,
    /** The case was given to another caseworker. */
    REASSIGNED,
    /** The concern is about abuse: the children's house (børnehus, Barnets lov § 124) is to be involved. */
    CHILDRENS_HOUSE,
    /** "Genvurdér sagen": a new concern about the child was reassessed on the case (§ 137). */
    REASSESSMENT,
    /** "Følg op efter hjemgivelsen": how the child is doing after returning home from a placement. */
    RETURN_HOME_FOLLOW_UP,
    /** The child's support person (bisidder, § 6) was recorded. */
    SUPPORT_PERSON,
    /** "Tag stilling til ungeplan": the young person turned 16; an ungeplan is written, or why not (§ 108). */
    YOUNG_PERSON_PLAN,
    /** The router had the maximum caseload: the case went to the team, the team leader distributes it. */
    CASE_TO_TEAM
}
