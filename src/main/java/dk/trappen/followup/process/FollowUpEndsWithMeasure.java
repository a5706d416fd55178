package dk.trappen.followup.process;

import dk.trappen.followup.FollowUpProcesses;
import dk.trappen.followup.FollowUps;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.staircase.MeasureEnded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a measure ends, by whatever path, its planned follow-ups and visits are cancelled and its
 * {@code followUp} process ends. Runs just before the ending transaction commits, once the engine
 * command that ended the measure has flushed, so a follow-up process that ended the measure itself
 * is seen in its new state; the cancellations and the measure's end commit together.
 */
@Component
class FollowUpEndsWithMeasure {

    private final FollowUps followUps;
    private final FollowUpProcesses processes;
    private final EngineAsSystem system;

    FollowUpEndsWithMeasure(FollowUps followUps, FollowUpProcesses processes, EngineAsSystem system) {
        this.followUps = followUps;
        this.processes = processes;
        this.system = system;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MeasureEnded event) {
        followUps.measureEnded(event.measureId());
        system.run(() -> processes.measureEnded(event.caseId(), event.measureId()));
    }
}
