package dk.trappen.journal.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.casefile.CaseJournalSource;
import dk.trappen.journal.DocumentView;
import dk.trappen.journal.Journal;
import dk.trappen.journal.JournalNoteView;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Component;

/** The case's notes (on the day they happened) and documents (when received) in its chronological journal. */
@Component
class JournalOnTheCasePage implements CaseJournalSource {

    private final Journal journal;
    private final TimeSource time;

    JournalOnTheCasePage(Journal journal, TimeSource time) {
        this.journal = journal;
        this.time = time;
    }

    @Override
    public List<CaseJournalEntry> entriesOf(long caseId) {
        List<CaseJournalEntry> entries = new ArrayList<>();
        for (JournalNoteView note : journal.notesOfCase(caseId)) {
            // A note sorts by the day it happened; written that day, it keeps the time of writing.
            var at = time.inZone(note.writtenAt()).toLocalDate().equals(note.occurredOn()) ? note.writtenAt()
                    : note.occurredOn().atTime(LocalTime.NOON).atZone(time.zone()).toInstant();
            entries.add(new CaseJournalEntry(at, "Notat – " + note.kindName(),
                    note.corrects() != null ? "Rettelse til notat nr. " + note.corrects() : "Notat nr. " + note.id(),
                    note.author() + (note.correctedBy() != null ? " · rettet ved notat nr. " + note.correctedBy() : ""),
                    note.text(), null, CaseJournalEntry.RECORD));
        }
        for (DocumentView document : journal.documentsOfCase(caseId)) {
            entries.add(new CaseJournalEntry(document.uploadedAt(), "Dokument",
                    (document.title() != null ? document.title() : document.fileName() != null ? document.fileName()
                            : "Dokument nr. " + document.id()) + " (" + document.contentType() + ", "
                            + Math.max(1, document.size() / 1024) + " kB)",
                    document.uploadedBy(), null, "/app/documents/" + document.id(), CaseJournalEntry.RECORD));
        }
        return entries;
    }
}
