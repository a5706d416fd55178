package dk.trappen.casefile;

/**
 * "Genvurdér sagen": the case's caseworker's reassessment of an open case after a new concern about
 * the child (Barnets lov § 137).
 *
 * @param concernId     the new concern
 * @param outcome       whether the case goes on as planned or needs a new investigation
 * @param reason        why (personal data: kept in the case's journal, never in the engine)
 * @param concernsAbuse the concern is about abuse or suspected abuse: only a new investigation will do
 */
public record Reassessment(long concernId, Outcome outcome, String reason, boolean concernsAbuse,
                           java.util.List<String> custodyHolders) {

    // custodyHolders: for a new investigation's decision letter; empty means those of the case's latest
    // letter, null (a form of an older model version) means no decision is recorded.

    public Reassessment(long concernId, Outcome outcome, String reason, boolean concernsAbuse) {
        this(concernId, outcome, reason, concernsAbuse, java.util.List.of());
    }

    public enum Outcome {
        /** The plan and the running measures still meet the child's needs. */
        CONTINUE,
        /** A new child welfare investigation (§ 20) in the running case. */
        NEW_INVESTIGATION
    }
}
