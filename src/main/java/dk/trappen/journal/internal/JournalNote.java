package dk.trappen.journal.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.journal.JournalNoteKind;
import dk.trappen.journal.JournalNoteView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A journal note: written once, never edited or deleted (a correction is a new note). */
@Entity
@Table(name = "journal_note")
public class JournalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_note_seq")
    @SequenceGenerator(name = "journal_note_seq", sequenceName = "journal_note_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private Long caseId;
    @Column(updatable = false)
    private Long concernId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private JournalNoteKind kind;
    @Column(updatable = false)
    private LocalDate occurredOn;
    @Column(name = "note_text", updatable = false)
    private String text;
    @Column(name = "corrects_id", updatable = false)
    private Long corrects;
    @Column(updatable = false)
    private String writtenBy;
    @Column(updatable = false)
    private Instant writtenAt;

    protected JournalNote() {
    }

    public JournalNote(Long caseId, Long concernId, JournalNoteKind kind, LocalDate occurredOn, String text,
                       Long corrects, String writtenBy, Instant writtenAt) {
        this.caseId = caseId;
        this.concernId = concernId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.text = text;
        this.corrects = corrects;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
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

    public Long corrects() {
        return corrects;
    }

    public JournalNoteView toView(Long correctedBy) {
        return new JournalNoteView(id, kind, kind.danishName(), occurredOn, writtenBy, writtenAt, text, corrects,
                correctedBy);
    }
}
