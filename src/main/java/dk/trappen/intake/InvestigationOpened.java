package dk.trappen.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A concern routed to a børnefaglig undersøgelse has opened (or reached) the child's case: the
 * decision to investigate (Barnets lov § 20) is recorded on the case, with its letters. Published
 * in the transaction that opens the case; the reasons and names live only in memory here.
 */
public record InvestigationOpened(long caseId, String concernNumber, String decidedBy, LocalDate decidedOn,
                                  String reasons, List<String> custodyHolders, boolean concernsAbuse) {
}
