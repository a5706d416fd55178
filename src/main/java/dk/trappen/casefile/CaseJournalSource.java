package dk.trappen.casefile;

import java.util.List;

/**
 * Records of a case kept by other modules (journal notes and documents, decisions, letters), for the
 * case's chronological journal. Implemented by those modules, which depend on this one; the caller
 * has already checked the reader's rights and written the audit row.
 */
public interface CaseJournalSource {

    List<CaseJournalEntry> entriesOf(long caseId);
}
