package dk.trappen.homeintervention.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.homeintervention.AssessmentMethod;
import dk.trappen.homeintervention.InterventionView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Track 1: a clarification and assessment session. */
@Entity
@Table(name = "intervention_session")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervention_session_seq")
    @SequenceGenerator(name = "intervention_session_seq", sequenceName = "intervention_session_seq", allocationSize = 50)
    private Long id;
    private long interventionId;
    @Enumerated(EnumType.STRING)
    private AssessmentMethod method;
    private String otherMethod;
    private LocalDate heldOn;
    private String participants;
    private String summary;
    private String recordedBy;
    private Instant recordedAt;

    protected SessionEntity() {
    }

    public SessionEntity(long interventionId, AssessmentMethod method, String otherMethod, LocalDate heldOn,
                         String participants, String summary, String recordedBy, Instant recordedAt) {
        this.interventionId = interventionId;
        this.method = method;
        this.otherMethod = otherMethod;
        this.heldOn = heldOn;
        this.participants = participants;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public InterventionView.Session toView() {
        return new InterventionView.Session(method, otherMethod, heldOn, participants, summary, recordedBy);
    }
}
