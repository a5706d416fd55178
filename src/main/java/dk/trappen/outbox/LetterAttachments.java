package dk.trappen.outbox;

import java.util.Optional;

/**
 * Where the outbox finds a letter's attachment by its reference when it hands the letter to
 * Digital Post. Implemented by the module that owns the document (letters: {@code letter:<id>} is
 * the letter's PDF), which depends on this one.
 */
public interface LetterAttachments {

    /** The attachment for {@code reference}, or empty if this source does not know the reference. */
    Optional<Attachment> find(String reference);

    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
