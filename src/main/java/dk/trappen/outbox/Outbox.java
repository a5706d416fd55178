package dk.trappen.outbox;

import java.util.List;

import dk.trappen.outbox.internal.OutboxLetter;
import dk.trappen.outbox.internal.OutboxLetterRepository;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters recorded in the same transaction as the step that writes them, so a letter is never
 * lost nor sent for a step that rolled back. Delivery (e-Boks, mail) is another system's job: it
 * reads letters in status {@code READY}.
 */
@Service
@Transactional
public class Outbox {

    private final OutboxLetterRepository letters;
    private final TimeSource time;

    Outbox(OutboxLetterRepository letters, TimeSource time) {
        this.letters = letters;
        this.time = time;
    }

    public long record(Letter letter, String writtenBy) {
        return letters.save(new OutboxLetter(letter, time.now(), writtenBy)).id();
    }

    /** Whether the letter with this outbox id has been handed to Digital Post. */
    @Transactional(readOnly = true)
    public boolean isSent(long outboxId) {
        return letters.findById(outboxId).map(letter -> OutboxLetter.SENT.equals(letter.status())).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Letter> lettersAbout(String reference) {
        return letters.findByReferenceOrderById(reference).stream().map(OutboxLetter::toLetter).toList();
    }
}
