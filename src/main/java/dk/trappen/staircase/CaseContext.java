package dk.trappen.staircase;

/**
 * The case a measure belongs to, as the staircase needs it (it knows cases only by id).
 *
 * @param investigationFinished the case has a finished child welfare investigation (§ 20): a
 *                              placement (§ 46) needs one
 * @param alongsideInvestigation the measure is chosen while the investigation runs (§ 32 stk. 4):
 *                               support, never a placement, with the reason it cannot wait
 */
public record CaseContext(long caseId, long childId, String teamId, Integer childAge, boolean investigationFinished,
                          boolean alongsideInvestigation) {

    public CaseContext(long caseId, long childId, String teamId, Integer childAge, boolean investigationFinished) {
        this(caseId, childId, teamId, childAge, investigationFinished, false);
    }

    /** The same case, for a measure chosen beside the running investigation or not. */
    public CaseContext alongside(boolean alongside) {
        return new CaseContext(caseId, childId, teamId, childAge, investigationFinished, alongside);
    }
}
