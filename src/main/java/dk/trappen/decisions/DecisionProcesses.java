package dk.trappen.decisions;

import java.time.LocalDate;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reaches a decision's process from outside its tasks: the family's answer to a hearing,
 * received over the API, lets the waiting "Træf afgørelse" come back at once instead of at the
 * answer's deadline. The answer and the message commit together.
 */
@Service
@Transactional
public class DecisionProcesses {

    private final Decisions decisions;
    private final RuntimeService runtime;
    private final EngineAsSystem system;

    DecisionProcesses(Decisions decisions, RuntimeService runtime, EngineAsSystem system) {
        this.decisions = decisions;
        this.runtime = runtime;
        this.system = system;
    }

    public HearingView answerHearing(long hearingId, LocalDate answeredOn, String answer, CurrentUser user) {
        HearingView answered = decisions.recordHearingAnswer(hearingId, answeredOn, answer, user);
        system.run(() -> runtime.createMessageCorrelation(DecisionProcess.MESSAGE_HEARING_ANSWERED)
                .processInstanceVariableEquals(DecisionProcess.HEARING_ID, hearingId).correlateAll());
        return answered;
    }
}
