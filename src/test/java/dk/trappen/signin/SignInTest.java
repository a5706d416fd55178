package dk.trappen.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.intake.ConcernService;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.OidcProvider;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Sign-in with the municipality's OpenID Connect provider (issue 23, profile {@code sso}), against
 * a real provider started by the test (NAV's mock-oauth2-server, {@link OidcProvider}): the browser
 * is sent to the provider and back, the Camunda webapps open for the person with the groups the
 * directory's groups map to, the directory decides the groups at every sign-in, sign-out ends the
 * session here and at the provider, partner systems need their scope, an expired token is refused,
 * and a leaver's open tasks go back to the team.
 */
@TrappenTest
@ActiveProfiles({"demo", "test", "sso", "directory-test"})
@ContextConfiguration(initializers = OidcProvider.class)
class SignInTest {

    static final List<String> PEOPLE = List.of("jens.hansen", "mette.holm");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ConcernService concerns;

    String app(String path) {
        return "http://localhost:" + port + path;
    }

    @AfterEach
    void removeThePeopleOfTheTest() {
        // The demo's users share this database with the other tests; the directory's new people leave no trace.
        for (String id : PEOPLE) {
            identity.deleteUserInfo(id, "trappen.departed");
            identity.deleteUser(id);
        }
    }

    private Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).collect(Collectors.toSet());
    }

    @Test
    void aCaseworkerSignsInAtTheProviderAndReachesTasklistWithTheMappedGroups() throws Exception {
        OidcProvider.Browser browser = OidcProvider.browser().as("jens.hansen", List.of("Trappen Team Nord", "Alle medarbejdere"));

        HttpResponse<String> tasklist = browser.get(app("/camunda/app/tasklist/"));
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.uri().toString()).startsWith(app("/camunda/app/tasklist/"));
        assertThat(tasklist.body()).containsIgnoringCase("tasklist");

        // Camunda's own view of the session: the user, and Tasklist (not Cockpit, not Admin) as for a caseworker.
        HttpResponse<String> status = browser.get(app("/camunda/api/admin/auth/user/default"));
        assertThat(status.statusCode()).isEqualTo(200);
        var session = ApiClient.JSON.readTree(status.body());
        assertThat(session.path("userId").asText()).isEqualTo("jens.hansen");
        List<String> apps = ApiClient.JSON.convertValue(session.path("authorizedApps"), List.class);
        assertThat(apps).contains("tasklist").doesNotContain("cockpit", "admin");

        // The account: the directory's names, and the groups the mapping gives (an unmapped directory group gives none).
        var account = identity.createUserQuery().userId("jens.hansen").singleResult();
        assertThat(account.getLastName()).isEqualTo("jens.hansen");
        assertThat(account.getEmail()).isEqualTo("jens.hansen@kommune.example");
        assertThat(groupsOf("jens.hansen")).containsExactlyInAnyOrder("caseworkers", "team-nord");
        // No password opens it: the directory's people sign in at the provider only.
        assertThat(identity.checkPassword("jens.hansen", "demo")).isFalse();

        // Tasklist's ready filters, as the engine shows them to this user.
        HttpResponse<String> filters = browser.get(app("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=50"));
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(ApiClient.JSON.readTree(filters.body()).size()).isPositive();

        // Trappen's own pages read the same session: the dashboard is the managers', so a caseworker is refused there.
        HttpResponse<String> dashboard = browser.get(app("/dashboard"));
        assertThat(dashboard.uri().toString()).startsWith(app("/dashboard"));
        assertThat(dashboard.statusCode()).isEqualTo(403);
    }

    @Test
    void theDirectoryDecidesTheMappedGroupsAtEverySignIn() {
        OidcProvider.browser().as("mette.holm", List.of("Trappen Team Nord")).get(app("/camunda/app/tasklist/"));
        assertThat(groupsOf("mette.holm")).containsExactlyInAnyOrder("caseworkers", "team-nord");
        // An administrator gave a group by hand in Admin that the mapping does not name: it is not the directory's to take.
        identity.createMembership("mette.holm", "notifiers");

        // She moves to team Syd and becomes its leader in the directory.
        OidcProvider.browser().as("mette.holm", List.of("Trappen Ledere Syd")).get(app("/camunda/app/tasklist/"));
        assertThat(groupsOf("mette.holm")).containsExactlyInAnyOrder("teamleaders", "team-syd", "teamleaders-syd", "notifiers");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        OidcProvider.Browser browser = OidcProvider.browser().as("jens.hansen", List.of("Trappen Team Nord"));
        assertThat(browser.get(app("/camunda/app/tasklist/")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(200);

        // Tasklist's "Log ud": its call ends the session, and its next call is refused as for anyone signed out.
        HttpResponse<String> logout = browser.post(app("/camunda/api/admin/auth/user/default/logout"),
                Map.of("X-XSRF-TOKEN", String.valueOf(browser.cookie("XSRF-TOKEN"))));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.getWithoutRedirects(app("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(401);
        // A page sends the browser to the provider to sign in again.
        HttpResponse<String> page = browser.getWithoutRedirects(app("/camunda/app/tasklist/"));
        assertThat(page.statusCode()).isEqualTo(302);

        // POST /logout also ends the session at the provider (RP-initiated logout) and comes back to /signed-out.
        browser.as("jens.hansen", List.of("Trappen Team Nord")).get(app("/camunda/app/tasklist/"));
        HttpResponse<String> signOut = browser.post(app("/logout"), Map.of());
        assertThat(signOut.statusCode()).isEqualTo(302);
        String location = signOut.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(OidcProvider.issuer()).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + app("/signed-out"));
        HttpResponse<String> signedOut = browser.get(location);
        assertThat(signedOut.uri().toString()).isEqualTo(app("/signed-out"));
        assertThat(signedOut.body()).contains("Du er logget ud");
        assertThat(browser.getWithoutRedirects(app("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(401);
    }

    @Test
    void partnerTokensReachOnlyWhatTheirScopesAllowAndExpiredOrMissingTokensAreRefused() throws Exception {
        ApiClient http = new ApiClient(port);
        Object concern = dk.trappen.testsupport.WriteFixtures.concernBody();
        long intakes = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("intake").count();
        String onlyMeetings = "Bearer " + OidcProvider.partnerToken("skole-it", "meetings:status");
        ApiClient.Reply refused = http.send(HttpMethod.POST, "/api/concerns", null, null, ApiClient.json(concern),
                h -> h.set("Authorization", onlyMeetings));
        ApiClient.assertProblem(refused, 403);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("intake").count())
                .as("nothing registered").isEqualTo(intakes);

        String concernsWrite = "Bearer " + OidcProvider.partnerToken("skole-it", "concerns:write");
        ApiClient.Reply reported = http.send(HttpMethod.POST, "/api/concerns", null, null, ApiClient.json(concern),
                h -> h.set("Authorization", concernsWrite));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        // Without meetings:status the school's system reads no meeting, not even whether one exists.
        ApiClient.assertProblem(http.send(HttpMethod.GET, "/api/meetings/1", null, null, null,
                h -> h.set("Authorization", concernsWrite)), 403);

        ApiClient.Reply expired = http.send(HttpMethod.GET, "/api/offers", null, null, null,
                h -> h.set("Authorization", "Bearer " + OidcProvider.expiredToken("cnord1", List.of("Trappen Team Nord"))));
        ApiClient.assertProblem(expired, 401);
        assertThat(expired.headers().getFirst("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        ApiClient.assertProblem(http.get(null, "/api/offers"), 401);
        // HTTP Basic is the demo's alone: with the sso profile a password opens nothing.
        assertThat(http.get("cnord1", "/api/offers").status()).isEqualTo(401);
        assertThat(http.get("cnord1", "/engine-rest/task").status()).isEqualTo(401);
        // A token the provider did not sign is no token.
        String forged = OidcProvider.staffToken("cnord1", List.of("Trappen Administratorer"));
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
        String bad = "Bearer " + forged;
        assertThat(http.send(HttpMethod.GET, "/api/offers", null, null, null, h -> h.set("Authorization", bad)).status()).isEqualTo(401);
    }

    @Test
    void aLeaversOpenTasksGoBackToTheTeamsList() throws Exception {
        String jens = "Bearer " + OidcProvider.staffToken("jens.hansen", List.of("Trappen Team Nord"));
        ApiClient http = new ApiClient(port);
        assertThat(http.send(HttpMethod.GET, "/api/caseload", null, null, null, h -> h.set("Authorization", jens)).status()).isEqualTo(200);
        assertThat(groupsOf("jens.hansen")).containsExactlyInAnyOrder("caseworkers", "team-nord");

        // An open task of a team Nord case that Jens has taken.
        ProcessInstance pi = new CaseScenarios(new EngineDriver(engine), concerns).planned(LocalDate.of(2018, 3, 3));
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("team-nord")
                .includeAssignedTasks().active().list().get(0);
        engine.getTaskService().setAssignee(task.getId(), "jens.hansen");

        // His team leader registers that he has left.
        ApiClient.Reply colleague = http.send(HttpMethod.POST, "/api/staff/jens.hansen/departure", null, null, null,
                h -> h.set("Authorization", OidcProvider.bearerFor("cnord2")));
        ApiClient.assertProblem(colleague, 403);
        ApiClient.Reply departure = http.send(HttpMethod.POST, "/api/staff/jens.hansen/departure", null, null, null,
                h -> h.set("Authorization", OidcProvider.bearerFor("lnord")));
        assertThat(departure.status()).as(departure.body()).isEqualTo(200);
        assertThat(departure.json().path("tasksReturned").asInt()).isPositive();

        Task back = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(back.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).contains("team-nord");
        // In the team's list, as a colleague's Tasklist asks for it.
        ApiClient.Reply teamList = http.send(HttpMethod.GET, "/engine-rest/task?candidateGroup=team-nord&unassigned=true&maxResults=2000",
                null, null, null, h -> h.set("Authorization", OidcProvider.bearerFor("cnord2")));
        assertThat(teamList.status()).isEqualTo(200);
        assertThat(teamList.body()).contains(task.getId());
        assertThat(groupsOf("jens.hansen")).isEmpty();

        // His token is still valid for an hour, but brings nothing back; nor does a new sign-in at the provider.
        assertThat(http.send(HttpMethod.GET, "/api/caseload", null, null, null, h -> h.set("Authorization", jens)).status()).isEqualTo(401);
        HttpResponse<String> signIn = OidcProvider.browser().as("jens.hansen", List.of("Trappen Team Nord")).get(app("/camunda/app/tasklist/"));
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(signIn.body()).contains("fratrådt");
        assertThat(groupsOf("jens.hansen")).isEmpty();
    }
}
