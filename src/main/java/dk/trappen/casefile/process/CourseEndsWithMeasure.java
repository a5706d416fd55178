package dk.trappen.casefile.process;

import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.casefile.ChildCases;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.staircase.MeasureEnded;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A measure ended outside its course (a follow-up's decision, a replacing grant) ends the course's
 * "Indsatsforløb" in the child's case. Runs just before the ending transaction commits, after the
 * engine command that ended the measure has flushed: a course that ended the measure itself
 * ("Afslut eller forlæng indsats") has moved on by then and is not touched, and the message and
 * the measure's end commit together or not at all.
 */
@Component
class CourseEndsWithMeasure {

    private final RuntimeService runtime;
    private final ChildCases cases;
    private final EngineAsSystem system;

    CourseEndsWithMeasure(RuntimeService runtime, ChildCases cases, EngineAsSystem system) {
        this.runtime = runtime;
        this.cases = cases;
        this.system = system;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MeasureEnded event) {
        system.run(() -> runtime.createExecutionQuery()
                .messageEventSubscriptionName(ChildCaseProcess.MESSAGE_COURSE_MEASURE_ENDED)
                // The case's own instance first (indexed): every running measure's course waits for this message.
                .processInstanceBusinessKey(cases.ref(event.caseId()).caseNumber())
                .variableValueEquals(ChildCaseProcess.MEASURE_ID, event.measureId()).list()
                .forEach(course -> runtime.messageEventReceived(ChildCaseProcess.MESSAGE_COURSE_MEASURE_ENDED,
                        course.getId())));
    }
}
