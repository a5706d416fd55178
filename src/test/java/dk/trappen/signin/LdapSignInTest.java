package dk.trappen.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.LdapDirectory;
import dk.trappen.testsupport.OidcProvider;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Sign-in against an on-premise directory (issue 23, profile {@code ldap}), against a real LDAP
 * server started by the test (UnboundID's in-memory directory, {@link LdapDirectory}): Camunda's
 * sign-in form and HTTP Basic take the directory's password, the directory's groups map to
 * Trappen's with the same mapping as OpenID Connect, a change in the directory shows at the next
 * sign-in, and the administrator, who is not in the directory, still signs in with its own password.
 */
@TrappenTest
@ActiveProfiles({"demo", "test", "ldap", "directory-test"})
@ContextConfiguration(initializers = LdapDirectory.class)
class LdapSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeThePeopleOfTheTest() {
        identity.deleteUser("jens.hansen");
        LdapDirectory.membership("Trappen Team Nord", "jens.hansen", true);
        LdapDirectory.membership("Trappen Team Syd", "jens.hansen", false);
    }

    private Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).collect(Collectors.toSet());
    }

    /** Camunda's sign-in form, as Tasklist posts it. */
    private int signIn(OidcProvider.Browser browser, String user, String password) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        HttpResponse<String> login = browser.postForm("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("X-XSRF-TOKEN", String.valueOf(browser.cookie("XSRF-TOKEN"))),
                "username=" + user + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
        return login.statusCode();
    }

    @Test
    void aCaseworkerSignsInWithTheDirectoryPasswordAndGetsTheMappedGroups() throws Exception {
        OidcProvider.Browser browser = OidcProvider.browser();
        assertThat(signIn(browser, "jens.hansen", "forkert")).isEqualTo(401);
        assertThat(identity.createUserQuery().userId("jens.hansen").count()).as("no account for a failed sign-in").isZero();

        assertThat(signIn(browser, "jens.hansen", LdapDirectory.PASSWORD)).isEqualTo(200);
        var account = identity.createUserQuery().userId("jens.hansen").singleResult();
        assertThat(account.getFirstName()).isEqualTo("Jens");
        assertThat(account.getLastName()).isEqualTo("Hansen");
        assertThat(account.getEmail()).isEqualTo("jens.hansen@kommune.example");
        assertThat(groupsOf("jens.hansen")).containsExactlyInAnyOrder("caseworkers", "team-nord");
        var session = ApiClient.JSON.readTree(browser.get("http://localhost:" + port + "/camunda/api/admin/auth/user/default").body());
        assertThat(session.path("userId").asText()).isEqualTo("jens.hansen");
        assertThat(session.path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");

        // HTTP Basic (Modeler, scripts) takes the directory password too; the engine sees the mapped groups.
        ApiClient http = new ApiClient(port);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("jens.hansen:" + LdapDirectory.PASSWORD).getBytes());
        assertThat(http.send(HttpMethod.GET, "/api/caseload", null, null, null, h -> h.set("Authorization", basic)).status()).isEqualTo(200);
        assertThat(http.send(HttpMethod.GET, "/api/dashboard", null, null, null, h -> h.set("Authorization", basic)).status()).isEqualTo(403);
    }

    @Test
    void aChangeInTheDirectoryShowsAtTheNextSignIn() {
        assertThat(signIn(OidcProvider.browser(), "jens.hansen", LdapDirectory.PASSWORD)).isEqualTo(200);
        assertThat(groupsOf("jens.hansen")).containsExactlyInAnyOrder("caseworkers", "team-nord");

        LdapDirectory.membership("Trappen Team Nord", "jens.hansen", false);
        LdapDirectory.membership("Trappen Team Syd", "jens.hansen", true);
        assertThat(signIn(OidcProvider.browser(), "jens.hansen", LdapDirectory.PASSWORD)).isEqualTo(200);
        assertThat(groupsOf("jens.hansen")).containsExactlyInAnyOrder("caseworkers", "team-syd");
    }

    @Test
    void theAdministratorOutsideTheDirectoryKeepsItsOwnPassword() {
        assertThat(signIn(OidcProvider.browser(), "admin", "admin")).isEqualTo(200);
        // ... and a directory user's account never opens with anything but the directory's password.
        assertThat(signIn(OidcProvider.browser(), "jens.hansen", LdapDirectory.PASSWORD)).isEqualTo(200);
        assertThat(identity.checkPassword("jens.hansen", "demo")).isFalse();
    }
}
