package dk.trappen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;

/**
 * Issue 19, point 6: the pages with personal data send a Content Security Policy, refuse frames and
 * caches; /engine-rest and /api refuse a browser's request from another site while Camunda Modeler's
 * deployment (multipart, HTTP Basic, no Origin) still goes through; the postgres profile's cookies
 * are Secure by default.
 */
@TrappenTest
class BrowserProtectionTest {

    @LocalServerPort
    int port;

    @Test
    void pagesWithPersonalDataSendProtectiveHeaders() {
        ApiClient http = new ApiClient(port);
        String cockpit = http.webappLogin("manager", "cockpit").cookies();
        for (Reply reply : List.of(http.page(cockpit, "/dashboard"), http.page(cockpit, "/dashboard/evaluation"),
                http.page(http.tasklistSession("cnord1"), "/app/concerns/999999999"), http.get(null, "/app/concerns/1"))) {
            var headers = reply.headers();
            assertThat(headers.getFirst("Content-Security-Policy")).as("CSP").contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-store");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        }
        // No inline script is left for the policy to block: the pages load the application's own files.
        String dashboard = http.page(cockpit, "/dashboard").body();
        assertThat(dashboard).doesNotContain("javascript:").contains("<script src=\"/trappen/dashboard.js\">");
        assertThat(dashboard.replaceAll("<script type=\"application/json\"", "").replaceAll("<script src=\"[^\"]+\"( defer)?></script>", ""))
                .doesNotContain("<script");
        assertThat(http.get(null, "/trappen/dashboard.js").status()).isEqualTo(200);
    }

    @Test
    void theRestApisRefuseCrossSiteBrowserRequestsButNotModeler() throws Exception {
        ApiClient http = new ApiClient(port);
        Reply foreign = http.send(HttpMethod.GET, "/engine-rest/version", "owner", "demo", null,
                h -> h.add("Origin", "https://evil.example"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(http.send(HttpMethod.GET, "/api/offers", "cnord1", "demo", null,
                h -> h.add("Origin", "https://evil.example")).status()).isEqualTo(403);
        assertThat(http.send(HttpMethod.GET, "/engine-rest/version", "owner", "demo", null,
                h -> h.add("Sec-Fetch-Site", "cross-site")).status()).as("an <img> from elsewhere").isEqualTo(403);
        assertThat(http.send(HttpMethod.GET, "/engine-rest/version", "owner", "demo", null,
                h -> h.add("Origin", "null")).status()).isEqualTo(403);
        assertThat(http.send(HttpMethod.GET, "/engine-rest/version", "owner", "demo", null,
                h -> h.add("Origin", "http://localhost:" + port)).status()).as("the application's own pages").isEqualTo(200);

        // Camunda Modeler: multipart, HTTP Basic, no Origin. A model already deployed, so nothing new is stored.
        assertThat(deployLikeModeler(null).statusCode()).isEqualTo(200);
        assertThat(deployLikeModeler("https://evil.example").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> deployLikeModeler(String origin) throws IOException, InterruptedException {
        byte[] model;
        try (InputStream in = new ClassPathResource("bpmn/actionPoint.bpmn").getInputStream()) {
            model = in.readAllBytes();
        }
        String boundary = "----ModelerBoundary19";
        StringBuilder head = new StringBuilder();
        for (String[] part : new String[][] {{"deployment-name", "actionPoint"}, {"deployment-source", "Camunda Modeler"},
                {"enable-duplicate-filtering", "true"}, {"deploy-changed-only", "true"}}) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part[0])
                    .append("\"\r\n\r\n").append(part[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"actionPoint.bpmn\"; "
                + "filename=\"actionPoint.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + model.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(model, 0, body, start.length, model.length);
        System.arraycopy(end, 0, body, start.length + model.length, end.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("owner:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePostgresProfileSendsSessionCookiesOnlyOverHttpsByDefault() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-postgres.yml"));
        var properties = yaml.getObject();
        for (String key : List.of("server.servlet.session.cookie.secure", "camunda.bpm.webapp.session-cookie.enable-secure-cookie",
                "camunda.bpm.webapp.csrf.enable-secure-cookie")) {
            assertThat(properties.getProperty(key)).as(key).isEqualTo("${TRAPPEN_SECURE_COOKIES:true}");
        }
        assertThat(properties.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }
}
