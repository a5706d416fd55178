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
@Table(name = "partner_status")
public class PartnerStatusEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_status_seq")
    @SequenceGenerator(name = "partner_status_seq", sequenceName = "partner_status_seq", allocationSize = 50)
    private Long id;
    private long meetingId;
    private long participantId;
    private String text;
    private String submittedBy;
    private Instant submittedAt;
    private String channel;

    protected PartnerStatusEntity() {
    }

    public PartnerStatusEntity(long meetingId, long participantId, String text, String submittedBy, Instant now,
                               String channel) {
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.text = text;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.channel = channel;
    }

    public long participantId() {
        return participantId;
    }

    public MeetingView.Status toView() {
        return new MeetingView.Status(participantId, text, submittedBy, submittedAt, channel);
    }
}
