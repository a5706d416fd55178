package dk.trappen.models.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The process owners' pages: Danish, no raw codes, owners and the administrator only, and a POST needs the page's token. */
@TrappenTest
class ModelsPageTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    /** Process owners work in Cockpit (they have no Tasklist); the pages use that session. */
    String cockpit(String user) {
        return api.webappLogin(user, "cockpit").cookies();
    }

    @Test
    void theOwnerSeesEveryModelBesideTheCodeAndDownloadsTheDeployedFile() throws Exception {
        String session = cockpit("owner");
        ApiClient.Reply list = api.page(session, "/app/models");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Modeller", "Modtagelse af underretning", "Svarer til koden",
                "Applikationen (bpmn/ i koden)", "Applikationen ved start", "Beslutningstabel", "href=\"/app/models/intake\"");
        assertThat(list.body()).doesNotContain("process application", "MODELER", "APPLICATION", "null");

        ApiClient.Reply model = api.page(session, "/app/models/intake");
        assertThat(model.status()).isEqualTo(200);
        assertThat(model.body()).contains("Udrullede versioner", "Kørende sager", "Hent intake.bpmn",
                "/app/models/intake/versions/1/xml");

        ApiClient.Reply xml = api.page(session, "/app/models/intake/versions/1/xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "filename=\"intake.bpmn\"");
        String build = new String(getClass().getClassLoader().getResourceAsStream("bpmn/intake.bpmn").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(xml.body()).isEqualTo(build);

        ApiClient.Reply decision = api.page(session, "/app/models/triageConcern/versions/1/xml");
        assertThat(decision.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"triageConcern.dmn\"");

        ApiClient.Reply proposal = api.page(session, "/app/models/intake/migration?fromVersion=1&toVersion=1");
        assertThat(proposal.status()).isEqualTo(400);
        assertThat(proposal.body()).contains("Ugyldige oplysninger", "skal være en anden version");
        assertThat(api.page(session, "/app/models/intake/versions/x/xml").status()).isEqualTo(400);
        assertThat(api.page(session, "/app/models/nothing").status()).isEqualTo(404);
    }

    @Test
    void onlyProcessOwnersAndTheAdministratorMayOpenThePages() {
        for (String user : new String[] {"cnord1", "manager", "lnord"}) {
            String session = "manager".equals(user) ? cockpit(user) : api.tasklistSession(user);
            for (String path : new String[] {"/app/models", "/app/models/intake", "/app/models/intake/versions/1/xml",
                    "/app/models/intake/migration?fromVersion=1&toVersion=2"}) {
                ApiClient.Reply reply = api.page(session, path);
                assertThat(reply.status()).as(user + " " + path).isEqualTo(403);
                assertThat(reply.body()).contains("Ingen adgang");
            }
        }
        assertThat(api.page(cockpit("admin"), "/app/models").status()).isEqualTo(200);
        ApiClient.Reply anonymous = api.page("", "/app/models");
        assertThat(anonymous.status()).as("no session: to Cockpit's login").isEqualTo(302);
        assertThat(anonymous.headers().getLocation()).hasPath("/camunda/app/cockpit/");
    }

    @Test
    void aMigrationPostWithoutThePagesTokenIsRefused() {
        String session = cockpit("owner");
        ApiClient.Reply reply = api.send(HttpMethod.POST, "/app/models/intake/migration", null, null, null,
                h -> {
                    h.add(HttpHeaders.COOKIE, session);
                    h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                });
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("Formularen er udløbet");
    }
}
