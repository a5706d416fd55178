package dk.trappen.letters.internal;

import java.util.List;

import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.casefile.CaseJournalSource;
import dk.trappen.letters.Letters;
import org.springframework.stereotype.Component;

/** The case's letters in its chronological journal, each linking to its PDF. */
@Component
class LettersOnTheCasePage implements CaseJournalSource {

    private final Letters letters;

    LettersOnTheCasePage(Letters letters) {
        this.letters = letters;
    }

    @Override
    public List<CaseJournalEntry> entriesOf(long caseId) {
        return letters.ofCase(caseId).stream().map(letter -> new CaseJournalEntry(letter.createdAt(),
                "Brev – " + letter.kind().danishName(),
                "Til " + letter.recipient() + " (" + letter.recipientRole().danishName().toLowerCase() + ")"
                        + (letter.version() > 1 ? ", version " + letter.version() : ""),
                letter.createdBy(), null, "/app/letters/" + letter.id(), CaseJournalEntry.RECORD)).toList();
    }
}
