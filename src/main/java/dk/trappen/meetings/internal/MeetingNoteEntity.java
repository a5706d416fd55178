package dk.trappen.meetings.internal;

import java.time.Instant;

import dk.trappen.meetings.MeetingView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "meeting_note")
public class MeetingNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_note_seq")
    @SequenceGenerator(name = "meeting_note_seq", sequenceName = "meeting_note_seq", allocationSize = 50)
    private Long id;
    private long meetingId;
    private String kind;
    private String text;
    private String writtenBy;
    private Instant writtenAt;

    protected MeetingNoteEntity() {
    }

    public MeetingNoteEntity(long meetingId, String kind, String text, String writtenBy, Instant now) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = now;
    }

    public MeetingView.Note toView() {
        return new MeetingView.Note(kind, text, writtenBy, writtenAt);
    }
}
