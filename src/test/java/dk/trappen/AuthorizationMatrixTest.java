package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.ChildCases;
import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read what, as one table: every role of the demo (and nobody) against every read of a
 * child's or a team's data over the product's API and the engine's REST API, with the status each
 * must get. A child of team Nord is the subject. A change that widens or narrows access shows here
 * as one cell.
 */
@TrappenTest
class AuthorizationMatrixTest {

    /** The roles, in the columns' order: nobody, then one user per role. */
    static final List<String> ROLES = List.of("-", "intake", "cnord1", "csyd1", "lnord", "lsyd", "therapist", "prevention",
            "manager", "owner", "skolesystem", "admin");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    ChildCases cases;
    @Autowired
    Organisation organisation;

    @Test
    void everyRoleGetsExactlyTheAccessTheTableSays() {
        var offer = organisation.runAs("owner", () -> catalogue.create(new OfferInput("Familiebehandling (matrix)", null,
                MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 26, true)));
        CaseScenarios scenarios = new CaseScenarios(new EngineDriver(processEngine), concerns);
        ProcessInstance pi = scenarios.planned(LocalDate.of(2019, 2, 2));
        scenarios.grant(pi, offer.id(), LocalDate.now(), 26L, "cnord1", "lnord");
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
        long childId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "childId")).longValue();
        long concernId = cases.view(caseId).originConcernId();

        //                                                         -    intake cnord1 csyd1 lnord lsyd ther  prev  mgr  owner skole admin
        Map<String, int[]> table = new LinkedHashMap<>();
        table.put("/api/children/" + childId + "/case",      new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/cases/" + caseId + "/follow-ups",    new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/concerns/" + concernId,              new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/caseload",                           new int[] {401, 403, 200, 200, 200, 200, 403, 403, 200, 403, 403, 200});
        table.put("/api/teams/nord/deadlines",               new int[] {401, 403, 200, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        table.put("/api/teams/nord/case-review",             new int[] {401, 403, 200, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        table.put("/api/dashboard",                          new int[] {401, 403, 403, 403, 200, 200, 403, 403, 200, 403, 403, 200});
        table.put("/api/dashboard?team=nord",                new int[] {401, 403, 403, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        table.put("/api/offers",                             new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200});
        table.put("/api/prevention/overview",                new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200});
        // The engine's REST API: instances and their variables (ids only) are for managers and process owners.
        table.put("/engine-rest/process-instance/" + pi.getId() + "/variables",
                                                             new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200});
        // History is filtered by authorization: to those without READ_HISTORY the instance does not exist (404).
        table.put("/engine-rest/history/process-instance/" + pi.getId(),
                                                             new int[] {401, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 200});

        ApiClient http = new ApiClient(port);
        List<String> wrong = new ArrayList<>();
        table.forEach((path, expected) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                int actual = http.get("-".equals(role) ? null : role, path).status();
                if (actual != expected[i]) {
                    wrong.add(path + " as " + role + ": " + actual + ", the table says " + expected[i]);
                }
            }
        });
        assertThat(wrong).as("cells of the authorization matrix that differ").isEmpty();
    }
}
