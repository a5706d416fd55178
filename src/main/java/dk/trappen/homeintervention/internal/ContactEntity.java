package dk.trappen.homeintervention.internal;

import java.time.LocalDate;

import dk.trappen.homeintervention.ContactPlace;
import dk.trappen.homeintervention.InterventionView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Track 2: a contact with the family. */
@Entity
@Table(name = "intervention_contact")
public class ContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervention_contact_seq")
    @SequenceGenerator(name = "intervention_contact_seq", sequenceName = "intervention_contact_seq", allocationSize = 50)
    private Long id;
    private long interventionId;
    private int weekNo;
    private LocalDate contactOn;
    @Enumerated(EnumType.STRING)
    private ContactPlace place;
    private int durationMinutes;
    private String participants;
    private String fitKind;
    private Integer fitScore;
    private String recordedBy;

    protected ContactEntity() {
    }

    public ContactEntity(long interventionId, int weekNo, LocalDate contactOn, ContactPlace place, int durationMinutes,
                         String participants, String fitKind, Integer fitScore, String recordedBy) {
        this.interventionId = interventionId;
        this.weekNo = weekNo;
        this.contactOn = contactOn;
        this.place = place;
        this.durationMinutes = durationMinutes;
        this.participants = participants;
        this.fitKind = fitKind;
        this.fitScore = fitScore;
        this.recordedBy = recordedBy;
    }

    public InterventionView.Contact toView() {
        return new InterventionView.Contact(weekNo, contactOn, place, durationMinutes, participants, fitKind, fitScore);
    }
}
