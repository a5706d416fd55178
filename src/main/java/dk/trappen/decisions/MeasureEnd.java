package dk.trappen.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * "Afslut eller forlæng indsats" as a decision: extended or ended, the reasons, the child's view
 * (the conversation's date, or why not), the custody holders' consent to an extension, and the
 * custody holders (empty: those of the case's latest letter).
 */
public record MeasureEnd(boolean extend, String reasons, LocalDate childHeardOn, String childNotHeardReason,
                         Consent custodyConsent, List<String> custodyHolders) {
}
