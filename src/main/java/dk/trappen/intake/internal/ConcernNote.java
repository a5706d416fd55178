package dk.trappen.intake.internal;

import java.time.Instant;

import dk.trappen.intake.ConcernView;
import dk.trappen.intake.NoteKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "concern_note")
public class ConcernNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_note_seq")
    @SequenceGenerator(name = "concern_note_seq", sequenceName = "concern_note_seq", allocationSize = 50)
    private Long id;
    private long concernId;
    @Enumerated(EnumType.STRING)
    private NoteKind kind;
    private String text;
    private String writtenBy;
    private Instant writtenAt;

    protected ConcernNote() {
    }

    public ConcernNote(long concernId, NoteKind kind, String text, String writtenBy, Instant writtenAt) {
        this.concernId = concernId;
        this.kind = kind;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public ConcernView.NoteView toView() {
        return new ConcernView.NoteView(kind, text, writtenBy, writtenAt);
    }
}
