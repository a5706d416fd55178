package dk.trappen.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP against the running test application, as the demo users (password {@code demo},
 * admin/admin). Every status comes back as a {@link Reply}, never as an exception.
 */
public class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient http;
    /** The Authorization header for a user instead of HTTP Basic (e.g. the provider's token for them), or null. */
    private final java.util.function.Function<String, String> authorization;

    public ApiClient(int port) {
        this(port, null);
    }

    /** Signs each request of {@code user} with {@code authorization.apply(user)} (e.g. {@code Bearer …}) instead of a password. */
    public ApiClient(int port, java.util.function.Function<String, String> authorization) {
        this.authorization = authorization;
        // JDK client: never follows redirects (a test may need the 302 itself) and reads 4xx bodies.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(client)).build();
    }

    public record Reply(int status, HttpHeaders headers, String body) {
        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    public Reply get(String user, String path) {
        return send(HttpMethod.GET, path, user, password(user), null, h -> { });
    }

    public Reply put(String user, String path, Object body) {
        return send(HttpMethod.PUT, path, user, password(user), json(body), h -> { });
    }

    public Reply post(String user, String path, Object body) {
        return send(HttpMethod.POST, path, user, password(user), json(body), h -> { });
    }

    /**
     * Signs {@code user} in to Tasklist the way the browser does and returns the session cookie:
     * the task pages under /app use the webapp session, not HTTP Basic.
     */
    /** A signed-in Tasklist session: its cookies and the CSRF token a POST must echo. */
    public record Session(String cookies, String xsrfToken) {
    }

    public String tasklistSession(String user) {
        return tasklistLogin(user).cookies();
    }

    public Session tasklistLogin(String user) {
        return webappLogin(user, "tasklist");
    }

    /** Signs in to one of Camunda's webapps ({@code tasklist}, {@code cockpit}), as the browser does. */
    public Session webappLogin(String user, String app) {
        // Camunda's CSRF filter: the first page hands out a session and an XSRF token the login must echo.
        Reply first = send(HttpMethod.GET, "/camunda/app/" + app + "/", null, null, null, h -> { });
        String session = cookie(first, "JSESSIONID");
        String token = cookie(first, "XSRF-TOKEN");
        Reply login = send(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/" + app, null, null, null,
                h -> {
                    h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                    h.add(HttpHeaders.COOKIE, session + "; " + token);
                    h.add("X-XSRF-TOKEN", token.substring(token.indexOf('=') + 1));
                }, "username=" + user + "&password=" + password(user));
        assertThat(login.status()).as("login of %s: %s", user, login.body()).isEqualTo(200);
        String newSession = has(login, "JSESSIONID") ? cookie(login, "JSESSIONID") : session;
        // The login starts a new session; its CSRF token comes with the next page, as in the browser.
        Reply page = send(HttpMethod.GET, "/camunda/app/" + app + "/", null, null, null, h -> h.add(HttpHeaders.COOKIE, newSession));
        String newToken = has(page, "XSRF-TOKEN") ? cookie(page, "XSRF-TOKEN") : token;
        return new Session(newSession + "; " + newToken, newToken.substring(newToken.indexOf('=') + 1));
    }

    /** A POST of JSON in a signed-in Tasklist session, as Tasklist itself sends it. */
    public Reply postInSession(Session session, String path, Object body) {
        return send(HttpMethod.POST, path, null, null, json(body), h -> {
            h.add(HttpHeaders.COOKIE, session.cookies());
            h.add("X-XSRF-TOKEN", session.xsrfToken());
        });
    }

    private static boolean has(Reply reply, String cookie) {
        return reply.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream().anyMatch(c -> c.startsWith(cookie + "="));
    }

    private static String cookie(Reply reply, String name) {
        return reply.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + reply.headers()));
    }

    /** A GET of a task page in the signed-in session {@code cookie}. */
    public Reply page(String cookie, String path) {
        return send(HttpMethod.GET, path, null, null, null, h -> h.add(HttpHeaders.COOKIE, cookie));
    }

    /** One request, HTTP Basic when {@code user} is given. */
    public Reply send(HttpMethod method, String path, String user, String password, String jsonBody,
                      Consumer<HttpHeaders> headers) {
        return send(method, path, user, password, jsonBody, headers, null);
    }

    /**
     * A deployment as Camunda Modeler sends it: multipart to {@code /engine-rest/deployment/create} with
     * the deployment's name and source ("Camunda Modeler") and one part per file, named after it.
     */
    public Reply deployAsModeler(String user, String name, java.util.Map<String, byte[]> files) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("deployment-name", name);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true"); // what Modeler 5 sends
        files.forEach((file, bytes) -> parts.add(file, new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        return http.post().uri("/engine-rest/deployment/create")
                .headers(h -> h.setBasicAuth(user, password(user), StandardCharsets.UTF_8))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** A form POST from one of the product's own pages, in the signed-in session {@code cookie}. */
    public Reply postForm(String cookie, String path, String formBody) {
        return send(HttpMethod.POST, path, null, null, null, h -> {
            h.add(HttpHeaders.COOKIE, cookie);
            h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        }, formBody);
    }

    /** Any body with any content type, as {@code user}: for input the API must refuse. */
    public Reply sendRaw(HttpMethod method, String path, String user, String contentType, String body) {
        return send(method, path, user, password(user), null, h -> {
            if (contentType != null) {
                h.set(HttpHeaders.CONTENT_TYPE, contentType);
            }
        }, body);
    }

    private Reply send(HttpMethod method, String path, String user, String password, String jsonBody,
                       Consumer<HttpHeaders> headers, String formBody) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).headers(h -> {
            if (user != null && authorization != null) {
                h.set(HttpHeaders.AUTHORIZATION, authorization.apply(user));
            } else if (user != null) {
                h.setBasicAuth(user, password, StandardCharsets.UTF_8);
            }
            headers.accept(h);
        });
        if (jsonBody != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
        } else if (formBody != null) {
            request.body(formBody);
        }
        return request.exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    public static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }

    public static String json(Object value) {
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reply is an RFC 9457 problem with this status. */
    public static void assertProblem(Reply reply, int status) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().getContentType()).isNotNull();
        assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s", reply.headers().getContentType()).isTrue();
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("at dk.", "Exception", "\tat ");
    }

    /** The fields a 400 problem names, each with a message. */
    public static List<String> errorFields(Reply reply) throws IOException {
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.isArray()).as("errors array in %s", reply.body()).isTrue();
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> {
            assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
            fields.add(error.path("field").asText());
        });
        return fields;
    }
}
