package dk.trappen.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's bytes, apart from its facts so a list of documents never loads them. */
@Entity
@Table(name = "journal_document_content")
public class JournalDocumentContent {

    @Id
    private Long documentId;
    @Column(updatable = false)
    private byte[] content;

    protected JournalDocumentContent() {
    }

    public JournalDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
