package dk.trappen.homeintervention.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static dk.trappen.testsupport.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The intervention over real HTTP: reading it on the case, and ending it early (who may, and bad input). */
@TrappenTest
class InterventionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Organisation organisation;

    @Test
    void aTeamMemberEndsItEarlyOverTheApiAndOthersAndBadReasonsAreRefused() throws Exception {
        ApiClient http = new ApiClient(port);
        EngineDriver engine = new EngineDriver(processEngine);
        CaseScenarios scenarios = new CaseScenarios(engine, concerns);
        Offer intensive = organisation.runAs("owner", () -> catalogue.create(new OfferInput("Intensiv (API-test)", null,
                MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17, 12, true)));
        ProcessInstance pi = scenarios.planned(LocalDate.of(2020, 1, 10));
        scenarios.grant(pi, intensive.id(), LocalDate.now(), 12L, "cnord1", "lnord");
        ProcessInstance iv = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();
        engine.complete("lnord", iv.getId(), "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2"));
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();

        Reply onCase = http.get("cnord1", "/api/cases/" + caseId + "/intervention");
        assertThat(onCase.status()).isEqualTo(200);
        assertThat(onCase.json().get("phase").asInt()).isEqualTo(1);
        assertThat(onCase.json().get("team").get("followUpCaseworker").asText()).isEqualTo("cnord2");
        long id = onCase.json().get("id").asLong();
        assertThat(http.get("therapist", "/api/interventions/" + id).status()).as("the family's therapist").isEqualTo(200);
        assertThat(http.get("csyd1", "/api/interventions/" + id).status()).isEqualTo(403);

        Reply bad = http.post("therapist", "/api/interventions/" + id + "/early-end", Map.of("reason", "BORED", "note", "x"));
        assertProblem(bad, 400);
        assertThat(errorFields(bad)).containsExactly("reason");
        Reply noNote = http.post("therapist", "/api/interventions/" + id + "/early-end", Map.of("reason", "FAMILY_WITHDREW"));
        assertProblem(noNote, 400);
        assertThat(errorFields(noNote)).containsExactly("note");
        assertThat(http.post("csyd1", "/api/interventions/" + id + "/early-end",
                Map.of("reason", "FAMILY_WITHDREW", "note", "Familien siger nej tak.")).status()).isEqualTo(403);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(iv.getId())
                .taskDefinitionKey("Task_DecideNext").count()).as("nothing changed").isZero();

        Reply ended = http.post("therapist", "/api/interventions/" + id + "/early-end",
                Map.of("reason", "FAMILY_WITHDREW", "note", "Familien ønsker ikke at fortsætte."));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("status").asText()).isEqualTo("ENDED_EARLY");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(iv.getId())
                .taskDefinitionKey("Task_DecideNext").count()).isOne();
        Reply again = http.post("cnord2", "/api/interventions/" + id + "/early-end",
                Map.of("reason", "ACUTE_SITUATION", "note", "Igen."));
        assertProblem(again, 409);
    }
}
