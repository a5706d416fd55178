package dk.trappen.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.meetings.MeetingView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "action_point")
public class ActionPointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_point_seq")
    @SequenceGenerator(name = "action_point_seq", sequenceName = "action_point_seq", allocationSize = 50)
    private Long id;
    private long meetingId;
    private String description;
    private String owner;
    private boolean staffOwner;
    private LocalDate dueDate;
    private Instant doneAt;

    protected ActionPointEntity() {
    }

    public ActionPointEntity(long meetingId, String description, String owner, boolean staffOwner, LocalDate dueDate) {
        this.meetingId = meetingId;
        this.description = description;
        this.owner = owner;
        this.staffOwner = staffOwner;
        this.dueDate = dueDate;
    }

    public void done(Instant now) {
        this.doneAt = now;
    }

    public MeetingView.ActionPoint toView() {
        return new MeetingView.ActionPoint(id, description, owner, staffOwner, dueDate, doneAt);
    }
}
