package dk.trappen.staircase.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.trappen.staircase.StaircaseMove;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "staircase_move")
public class StaircaseMoveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staircase_move_seq")
    @SequenceGenerator(name = "staircase_move_seq", sequenceName = "staircase_move_seq", allocationSize = 50)
    private Long id;
    private long childId;
    private long caseId;
    private long measureId;
    private int fromStep;
    private int toStep;
    private LocalDate movedOn;
    private String reason;
    private String movedBy;
    private Instant recordedAt;

    protected StaircaseMoveEntity() {
    }

    public StaircaseMoveEntity(MeasureEntity cause, int fromStep, int toStep, LocalDate movedOn, String reason,
                               String movedBy, Instant now) {
        this.childId = cause.childId();
        this.caseId = cause.caseId();
        this.measureId = cause.id();
        this.fromStep = fromStep;
        this.toStep = toStep;
        this.movedOn = movedOn;
        this.reason = reason;
        this.movedBy = movedBy;
        this.recordedAt = now;
    }

    public StaircaseMove toMove() {
        return new StaircaseMove(id, childId, caseId, measureId, fromStep, toStep, movedOn, reason, movedBy, recordedAt);
    }
}
