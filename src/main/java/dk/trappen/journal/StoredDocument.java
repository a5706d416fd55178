package dk.trappen.journal;

/** A document with its bytes, exactly as uploaded. */
public record StoredDocument(DocumentView document, byte[] content) {
}
