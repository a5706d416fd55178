package dk.trappen.followup.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import dk.trappen.followup.FollowUpPolicy;
import dk.trappen.followup.FollowUps;
import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The follow-up endpoints over real HTTP: a case's own policy, its follow-ups, and the team's case review list. */
@TrappenTest
class FollowUpApiTest {

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
    @Autowired
    FollowUps followUps;

    ApiClient http;
    long caseId;

    @BeforeEach
    void aCase() {
        http = new ApiClient(port);
        ProcessInstance pi = new CaseScenarios(new EngineDriver(processEngine), concerns)
                .fromIntake(LocalDate.of(2019, 8, 8), OffsetDateTime.now().minusHours(1));
        caseId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
    }

    @Test
    void theTeamChoosesTheCasesOwnPolicyAndABadOneIsRefusedNamingTheField() throws Exception {
        Reply bad = http.put("cnord1", "/api/cases/" + caseId + "/follow-up-policy", Map.of("policy", "WEEKLY"));
        assertProblem(bad, 400);
        assertThat(errorFields(bad)).containsExactly("policy");
        assertThat(followUps.policyOf(caseId)).as("nothing changed").isEqualTo(FollowUpPolicy.HERNING);

        assertThat(http.put("csyd1", "/api/cases/" + caseId + "/follow-up-policy", Map.of("policy", "KOLDING")).status())
                .as("another team's caseworker").isEqualTo(403);
        Reply chosen = http.put("cnord1", "/api/cases/" + caseId + "/follow-up-policy", Map.of("policy", "KOLDING"));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(followUps.policyOf(caseId)).isEqualTo(FollowUpPolicy.KOLDING);

        Reply list = http.get("cnord1", "/api/cases/" + caseId + "/follow-ups");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("policy").asText()).isEqualTo("KOLDING");
        assertThat(list.json().get("ownPolicy").asBoolean()).isTrue();
        assertThat(http.get("csyd1", "/api/cases/" + caseId + "/follow-ups").status()).isEqualTo(403);
    }

    @Test
    void aNewPolicyReachesTheRunningFollowUpsOfTheCase() throws Exception {
        EngineDriver engine = new EngineDriver(processEngine);
        var offer = organisation.runAs("owner", () -> catalogue.create(new OfferInput(
                "PMT-O (politik)", null, MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 26, true)));
        ProcessInstance pi = new CaseScenarios(engine, concerns).planned(LocalDate.of(2018, 9, 9));
        new CaseScenarios(engine, concerns).grant(pi, offer.id(), LocalDate.now(), 26L, "cnord1", "lnord");
        long planned = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
        String businessKey = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();
        var followUp = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("followUp")
                .processInstanceBusinessKey(businessKey).singleResult();
        assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), "policy")).isEqualTo("HERNING");

        Reply chosen = http.put("cnord1", "/api/cases/" + planned + "/follow-up-policy", Map.of("policy", "BORAAS"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), "policy"))
                .as("the running follow-up plans its next one by the case's new policy").isEqualTo("BORAAS");
    }

    @Test
    void theCaseReviewListIsForTheTeamAndShowsItsOpenCases() throws Exception {
        Reply review = http.get("lnord", "/api/teams/nord/case-review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("\"caseId\":" + caseId);
        assertThat(http.get("csyd1", "/api/teams/nord/case-review").status()).isEqualTo(403);
        assertThat(http.get("lnord", "/api/teams/nowhere/case-review").status()).isEqualTo(404);
        // The page the team leader reads: each case number opens the case page, the caseworker by name.
        Reply page = http.page(http.tasklistSession("lnord"), "/app/teams/nord/review");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/app/cases/" + caseId + "\">SAG-", organisation.displayName("cnord1"));
    }
}
