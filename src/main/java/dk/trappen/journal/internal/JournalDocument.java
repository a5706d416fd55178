package dk.trappen.journal.internal;

import java.time.Instant;

import dk.trappen.journal.DocumentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A document kept in a case or concern; its bytes are in {@link JournalDocumentContent}. Never changed. */
@Entity
@Table(name = "journal_document")
public class JournalDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_document_seq")
    @SequenceGenerator(name = "journal_document_seq", sequenceName = "journal_document_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private Long caseId;
    @Column(updatable = false)
    private Long concernId;
    @Column(updatable = false)
    private String title;
    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(name = "size_bytes", updatable = false)
    private long size;
    @Column(updatable = false)
    private String sha256;
    @Column(updatable = false)
    private String uploadedBy;
    @Column(updatable = false)
    private Instant uploadedAt;

    protected JournalDocument() {
    }

    public JournalDocument(Long caseId, Long concernId, String title, String fileName, String contentType, long size,
                           String sha256, String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.concernId = concernId;
        this.title = title;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long concernId() {
        return concernId;
    }

    public DocumentView toView() {
        return new DocumentView(id, title, fileName, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
