package dk.trappen.outbox;

import java.util.List;
import java.util.Optional;

import dk.trappen.outbox.internal.OutboxLetter;
import dk.trappen.outbox.internal.OutboxLetterRepository;
import dk.trappen.platform.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands ready letters to {@link DigitalPost}, one transaction per letter. A letter is claimed by a
 * conditional update (READY to SENDING), so two nodes never send the same letter; a failed delivery
 * rolls back to READY and is tried again at the next round. Delivery is at least once: a node that
 * dies after the post system accepted a letter but before the commit sends it again, with the same
 * outbox id for the adapter to recognise.
 */
@Service
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxLetterRepository letters;
    private final DigitalPost post;
    private final List<LetterAttachments> attachments;
    private final TransactionTemplate transaction;
    private final TimeSource time;

    OutboxDispatcher(OutboxLetterRepository letters, DigitalPost post, List<LetterAttachments> attachments,
                     TransactionTemplate transaction, TimeSource time) {
        this.letters = letters;
        this.post = post;
        this.attachments = attachments;
        this.transaction = transaction;
        this.time = time;
    }

    /** Sends up to {@code max} ready letters, oldest first; returns how many were delivered. */
    public int dispatchReady(int max) {
        int sent = 0;
        for (Long id : letters.findIdsByStatusOrderById(OutboxLetter.READY, PageRequest.of(0, max))) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> sendOne(id)))) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                log.warn("Outbox letter {} not delivered, tried again at the next round: {}", id, failed.getMessage());
            }
        }
        return sent;
    }

    private boolean sendOne(long id) {
        if (letters.claim(id, OutboxLetter.READY, OutboxLetter.SENDING) != 1) {
            return false; // another node took it
        }
        OutboxLetter letter = letters.findById(id).orElseThrow();
        Letter content = letter.toLetter();
        LetterAttachments.Attachment attachment = null;
        if (content.attachmentRef() != null) {
            attachment = attachments.stream().map(source -> source.find(content.attachmentRef()))
                    .flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No attachment " + content.attachmentRef()));
        }
        String receipt = post.send(new DigitalPost.OutgoingLetter(id, content, attachment));
        letter.sent(time.now(), receipt);
        return true;
    }
}
