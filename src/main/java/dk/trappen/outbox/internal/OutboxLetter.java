package dk.trappen.outbox.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.outbox.Letter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "outbox_letter")
public class OutboxLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_letter_seq")
    @SequenceGenerator(name = "outbox_letter_seq", sequenceName = "outbox_letter_seq", allocationSize = 50)
    private Long id;
    private String kind;
    private String reference;
    private String recipient;
    private String subject;
    private String body;
    private LocalDate dueDate;
    private String status;
    private Instant createdAt;
    private String createdBy;
    private String attachmentRef;
    private Instant sentAt;
    private String deliveryReceipt;

    public static final String READY = "READY";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";

    protected OutboxLetter() {
    }

    public OutboxLetter(Letter letter, Instant now, String createdBy) {
        this.kind = letter.kind();
        this.reference = letter.reference();
        this.recipient = letter.recipient();
        this.subject = letter.subject();
        this.body = letter.body();
        this.dueDate = letter.dueDate();
        this.attachmentRef = letter.attachmentRef();
        this.status = READY;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public Letter toLetter() {
        return new Letter(kind, reference, recipient, subject, body, dueDate, attachmentRef);
    }

    public String status() {
        return status;
    }

    public void sent(Instant at, String receipt) {
        this.status = SENT;
        this.sentAt = at;
        this.deliveryReceipt = receipt;
    }
}
