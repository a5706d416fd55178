package dk.trappen.meetings.internal;

import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.ParticipantInput;
import dk.trappen.meetings.ParticipantKind;
import dk.trappen.meetings.ProfessionalRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "meeting_participant")
public class ParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_participant_seq")
    @SequenceGenerator(name = "meeting_participant_seq", sequenceName = "meeting_participant_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ParticipantKind kind;
    private String name;
    private String organisation;
    @Enumerated(EnumType.STRING)
    private ProfessionalRole role;
    private String contact;
    private String partnerUser;
    private boolean party;

    protected ParticipantEntity() {
    }

    public ParticipantEntity(ParticipantInput input, boolean party) {
        this.kind = input.kind();
        this.name = input.name().trim();
        this.organisation = input.organisation();
        this.role = input.role();
        this.contact = input.contact();
        this.partnerUser = input.partnerUser();
        this.party = party;
    }

    public long id() {
        return id;
    }

    public ParticipantKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }

    public String partnerUser() {
        return partnerUser;
    }

    public MeetingView.Participant toView() {
        return new MeetingView.Participant(id, kind, name, organisation, role, contact, party);
    }
}
