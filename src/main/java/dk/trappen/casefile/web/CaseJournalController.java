package dk.trappen.casefile.web;

import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseJournal;
import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.organisation.Organisation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case's chronological journal over HTTP, as the case page shows it. Audit-logged. */
@RestController
class CaseJournalController {

    private final CaseJournal journal;
    private final Organisation organisation;

    CaseJournalController(CaseJournal journal, Organisation organisation) {
        this.journal = journal;
        this.organisation = organisation;
    }

    @GetMapping("/api/cases/{caseId}/journal")
    List<CaseJournalEntry> journal(@PathVariable long caseId) {
        return journal.of(caseId, organisation.currentUser(), AccessChannel.API);
    }
}
