package dk.trappen.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A børnefaglig undersøgelse has been decided for the case (Barnets lov § 20): routed so by intake,
 * or chosen by the caseworker who opened the case. The decisions module records it as a decision
 * with its letters, in the same transaction; the reasons and names live only in memory here.
 *
 * @param custodyHolders empty: those of the case's latest letter
 */
public record InvestigationOpened(long caseId, String decidedBy, LocalDate decidedOn, String reasons,
                                  List<String> custodyHolders, boolean concernsAbuse) {
}
