package dk.trappen.homeintervention.internal;

import java.time.Instant;

import dk.trappen.homeintervention.InterventionView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Track 2: the focus points of one week, agreed with the parents and tied to the plan's goals. */
@Entity
@Table(name = "intervention_week")
public class WeekEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervention_week_seq")
    @SequenceGenerator(name = "intervention_week_seq", sequenceName = "intervention_week_seq", allocationSize = 50)
    private Long id;
    private long interventionId;
    private int weekNo;
    private String focusPoints;
    private String planGoals;
    private String recordedBy;
    private Instant recordedAt;

    protected WeekEntity() {
    }

    public WeekEntity(long interventionId, int weekNo, String focusPoints, String planGoals, String recordedBy,
                      Instant recordedAt) {
        this.interventionId = interventionId;
        this.weekNo = weekNo;
        this.focusPoints = focusPoints;
        this.planGoals = planGoals;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public InterventionView.Week toView() {
        return new InterventionView.Week(weekNo, focusPoints, planGoals, recordedBy, recordedAt);
    }
}
