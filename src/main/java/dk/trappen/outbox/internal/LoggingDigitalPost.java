package dk.trappen.outbox.internal;

import dk.trappen.outbox.DigitalPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Digital Post for the demo and tests: logs that a letter went out (kind, reference, attachment
 * size; never the recipient's name or the text) and answers with a receipt of its own.
 */
@Component
@ConditionalOnProperty(name = "trappen.outbox.digital-post", havingValue = "logging", matchIfMissing = true)
class LoggingDigitalPost implements DigitalPost {

    private static final Logger log = LoggerFactory.getLogger(LoggingDigitalPost.class);

    @Override
    public String send(OutgoingLetter letter) {
        log.info("Digital Post (logging only): outbox letter {} ({}, {}){}", letter.outboxId(), letter.letter().kind(),
                letter.letter().reference(), letter.attachment() == null ? ""
                        : " with " + letter.attachment().contentType() + " of " + letter.attachment().content().length + " bytes");
        return "logged-" + letter.outboxId();
    }
}
