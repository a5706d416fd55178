package dk.trappen.models;

import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A release that adds a required field to a form must not strand the cases already running on the
 * version before it: their form (bound to their own deployment) lacks the field. "Handl akut"
 * gained "Hvad blev gjort?" (issue 16): an intake started on a version without it is accepted with
 * the note alone; one on the latest version still gets the full rule.
 */
@TrappenTest
class OlderModelFormsTest {

    /** The release's addition, as an older version of intake.bpmn did not have it. */
    static final String PLACEMENT_CHOICES = "<camunda:taskListener delegateExpression=\"${acutePlacementChoices}\" event=\"create\" />";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;

    EngineDriver engine;
    EditedModels models;

    @BeforeEach
    void setUp() {
        engine = new EngineDriver(processEngine);
        models = new EditedModels(processEngine);
    }

    String acuteConcern() {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(ConcernLevel.SEVERE), null));
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", form("acuteDanger", true,
                "concernLevel", "SEVERE", "boundedProblem", false, "familyMotivated", false, "pii_note", "Akut fare."));
        return concern.processInstanceId();
    }

    @Test
    void anIntakeOnTheVersionBeforeTheActsKindIsAcceptedWithItsNoteAndOneOnTheLatestIsNot() {
        ProcessDefinition build = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(IntakeProcess.KEY).latestVersion().singleResult();
        ProcessDefinition before = models.deployEdited(IntakeProcess.KEY, bpmn -> bpmn.replace(PLACEMENT_CHOICES, ""));
        ProcessDefinition release = null;
        try {
            String older = acuteConcern();
            assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(older)
                    .singleResult().getProcessDefinitionId()).isEqualTo(before.getId());
            release = models.deployEdited(IntakeProcess.KEY, bpmn -> bpmn.replaceFirst("<bpmn:documentation>", "<bpmn:documentation>Udgivelsen med akut handlings art. "));
            String latest = acuteConcern();

            assertThatThrownBy(() -> engine.complete("lnord", latest, "Task_ActAcutely", form("pii_note", "Politiet er kontaktet.")))
                    .as("the latest version asks what was done").hasRootCauseInstanceOf(InvalidInputException.class);
            engine.complete("lnord", older, "Task_ActAcutely", form("pii_note", "Politiet er kontaktet."));
            assertThat(engine.engine().getTaskService().createTaskQuery().processInstanceId(older)
                    .taskDefinitionKey("Task_ActAcutely").count()).as("the older case moved on").isZero();
        } finally {
            if (release != null) {
                models.undo(release, build);
            }
            models.undo(before, build);
        }
    }
}
