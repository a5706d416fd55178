package dk.trappen.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.casefile.CaseNoteKind;
import dk.trappen.casefile.CaseNoteView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private CaseNoteKind kind;
    private String text;
    private LocalDate dueOn;
    private String writtenBy;
    private Instant writtenAt;

    protected CaseNote() {
    }

    public CaseNote(long caseId, CaseNoteKind kind, String text, LocalDate dueOn, String writtenBy, Instant now) {
        this.caseId = caseId;
        this.kind = kind;
        this.text = text;
        this.dueOn = dueOn;
        this.writtenBy = writtenBy;
        this.writtenAt = now;
    }

    public CaseNoteView toView() {
        return new CaseNoteView(id, kind, text, dueOn, writtenBy, writtenAt);
    }
}
