package dk.trappen.staircase;

/**
 * How a placement ends ("Afslut eller forlæng indsats" for a placement). Going home asks for the
 * plan for the return and starts a follow-up after it (the legal table's RETURN_HOME_* rows).
 *
 * @param returnsHome          the child moves home (hjemgivelse), not to another placement or own home at 18
 * @param placementStatement   the placement's statement was obtained before deciding the return (§ 100 stk. 2)
 * @param returnHomePlan       the plan for the return home (personal data: never in the engine)
 * @param supportAfterReturn   the family gets support after the return (a new measure is chosen on the case)
 */
public record PlacementEnd(Boolean returnsHome, Boolean placementStatement, String returnHomePlan, Boolean supportAfterReturn) {
}
