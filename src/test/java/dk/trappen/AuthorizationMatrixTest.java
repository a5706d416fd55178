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

    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    dk.trappen.meetings.Meetings meetings;
    @Autowired
    dk.trappen.meetings.MeetingProcesses meetingProcesses;
    @Autowired
    dk.trappen.staircase.OfferCatalogue offers;
    @Autowired
    dk.trappen.prevention.GroupOffers groupOffers;
    @Autowired
    dk.trappen.prevention.PreventionRequests preventionRequests;

    /** How the table's users reach the application: HTTP Basic here; the provider's tokens in {@code SignInMatrixTest}. */
    ApiClient client() {
        return new ApiClient(port);
    }

    @Test
    void everyRoleGetsExactlyTheAccessTheTableSays() {
        var fixtures = new dk.trappen.testsupport.WriteFixtures(processEngine, concerns, meetings, meetingProcesses,
                organisation, offers, groupOffers, preventionRequests);
        long meetingId = fixtures.withConsent(fixtures.meeting(fixtures.nordCase())).meetingId();
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
        // The case's record (issue 15): the case's rights, every read audit-logged.
        table.put("/api/cases/" + caseId + "/decisions",     new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/cases/" + caseId + "/notes",         new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/cases/" + caseId + "/documents",     new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/cases/" + caseId + "/journal",       new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/concerns/" + concernId + "/notes",   new int[] {401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200});
        table.put("/api/caseload",                           new int[] {401, 403, 200, 200, 200, 200, 403, 403, 200, 403, 403, 200});
        table.put("/api/teams/nord/deadlines",               new int[] {401, 403, 200, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        table.put("/api/teams/nord/case-review",             new int[] {401, 403, 200, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        table.put("/api/dashboard",                          new int[] {401, 403, 403, 403, 200, 200, 403, 403, 200, 403, 403, 200});
        table.put("/api/dashboard?team=nord",                new int[] {401, 403, 403, 403, 200, 403, 403, 403, 200, 403, 403, 200});
        // A partner's system invited to the meeting reads its own part of it (see the test below).
        table.put("/api/meetings/" + meetingId,              new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 200, 200});
        table.put("/api/offers",                             new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200});
        table.put("/api/prevention/overview",                new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200});
        // The engine's REST API: instances and their variables (ids only) are for managers and process owners.
        table.put("/engine-rest/process-instance/" + pi.getId() + "/variables",
                                                             new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200});
        // History is filtered by authorization: to those without READ_HISTORY the instance does not exist (404).
        table.put("/engine-rest/history/process-instance/" + pi.getId(),
                                                             new int[] {401, 404, 404, 404, 404, 404, 404, 404, 200, 200, 404, 200});

        // Issue 19: the right first, then whether the thing exists. A role that reads no such thing gets 403
        // for an id that does not exist as for one that does; a role that reads some gets 404.
        table.put("/api/children/999999999/case",          new int[] {401, 404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404});
        table.put("/api/concerns/999999999",               new int[] {401, 404, 404, 404, 404, 404, 403, 404, 403, 403, 403, 404});
        table.put("/api/meetings/999999999",               new int[] {401, 403, 404, 404, 404, 404, 403, 404, 403, 403, 404, 404});

        ApiClient http = client();
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

        // Every refused read of the child's data is in the audit log too: who tried what.
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        for (String who : List.of("csyd1", "lsyd", "therapist", "skolesystem")) {
            assertThat(jdbc.queryForObject("select count(*) from child_access_log where child_id = ? and user_id = ? "
                    + "and purpose like 'AFVIST: %'", Long.class, childId, who)).as("refused reads of %s logged", who).isPositive();
        }
    }

    /**
     * Issue 19: the school's system read the whole meeting (the parents' names and e-mail, the health
     * visitor's status, the withdrawal and its reason). It reads its own participant, its own status,
     * time and place while the parents' consent holds; after the withdrawal only that exchange stopped.
     */
    @Test
    void aPartnerReadsOnlyItsOwnPartOfAMeetingAndNothingAfterTheWithdrawal() throws Exception {
        var fixtures = new dk.trappen.testsupport.WriteFixtures(processEngine, concerns, meetings, meetingProcesses,
                organisation, offers, groupOffers, preventionRequests);
        var meeting = fixtures.withConsent(fixtures.meetingOnConsent(fixtures.nordCase()));
        String path = "/api/meetings/" + meeting.meetingId();
        ApiClient http = client();
        long healthVisitor = meetings.get(meeting.meetingId()).participants().stream()
                .filter(p -> p.name().startsWith("Hanne")).findFirst().orElseThrow().id();
        assertThat(http.post("cnord1", path + "/statuses", java.util.Map.of("participantId", healthVisitor,
                "text", "Sundhedsplejen ser en mor under pres.")).status()).isEqualTo(201);
        assertThat(http.post("skolesystem", path + "/statuses", java.util.Map.of("participantId",
                meeting.schoolParticipantId(), "text", "Eleven trives bedre i klassen.")).status()).isEqualTo(201);

        ApiClient.Reply before = http.get("skolesystem", path);
        assertThat(before.status()).isEqualTo(200);
        var seen = before.json();
        assertThat(seen.path("exchangeAllowed").asBoolean()).isTrue();
        assertThat(seen.path("scheduledAt").isMissingNode()).as("time").isFalse();
        assertThat(seen.path("place").asText()).isEqualTo("Skovvejens Skole");
        assertThat(seen.path("participants")).singleElement().satisfies(p -> assertThat(p.path("name").asText()).isEqualTo("Lise Lærer"));
        assertThat(seen.path("statuses")).singleElement()
                .satisfies(s -> assertThat(s.path("text").asText()).isEqualTo("Eleven trives bedre i klassen."));
        assertThat(before.body()).doesNotContain("Mette", "mette@example.dk", "Hanne", "Sundhedsplejen", "mor under pres",
                "consent", "givenBy", "childId", "caseId", "caseworker");

        assertThat(http.post("cnord1", path + "/consent/withdrawal",
                java.util.Map.of("reason", "Mor vil ikke have, at skolen hører om farens misbrug.")).status()).isEqualTo(200);
        ApiClient.Reply after = http.get("skolesystem", path);
        assertThat(after.status()).isEqualTo(200);
        var stopped = after.json();
        assertThat(stopped.path("exchangeAllowed").asBoolean()).isFalse();
        assertThat(stopped.path("message").asText()).contains("udveksles ikke");
        java.util.List<String> fields = new java.util.ArrayList<>();
        stopped.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "exchangeAllowed", "message");
        assertThat(after.body()).doesNotContain("misbrug", "Lise", "Eleven trives", "Skovvejens");
        // Staff still see the whole meeting, the withdrawal with it.
        assertThat(http.get("cnord1", path).body()).contains("misbrug", "Mette");
    }
}
