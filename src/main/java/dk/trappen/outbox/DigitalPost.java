package dk.trappen.outbox;

/**
 * The municipality's Digital Post (e-Boks/mit.dk through NgDP or its own post system). The outbox
 * hands every ready letter to the one bean of this type; the product ships a logging one
 * ({@code trappen.outbox.digital-post: logging}). A real adapter is a Spring bean implementing this
 * interface, activated by another value of that property: docs/operations.md, "Digital Post".
 */
public interface DigitalPost {

    /**
     * Delivers one letter. Returns the post system's receipt (a message id). Throws if it was not
     * delivered; the letter then stays ready and is tried again at the next round.
     */
    String send(OutgoingLetter letter);

    /** A letter as it leaves: the outbox's id (use it as the idempotency key), the letter and its attachment. */
    record OutgoingLetter(long outboxId, Letter letter, LetterAttachments.Attachment attachment) {
    }
}
