package dk.trappen.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for the sign-in tests (issue 23): NAV's mock-oauth2-server on a
 * port of its own in this JVM, with discovery, keys, authorization code and client credentials
 * grants and end-session, signing real tokens the application checks against its keys. The
 * application finds it as its issuer ({@code TRAPPEN_OIDC_ISSUER}). Started once per JVM.
 */
public final class OidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "kommune";
    public static final String CLIENT_ID = "trappen";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            MockOAuth2Server started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("TRAPPEN_OIDC_ISSUER=" + issuer()).applyTo(context);
    }

    /** The directory groups of the demo's users: what the tests' directory says about them. */
    public static final Map<String, List<String>> DEMO_DIRECTORY = new LinkedHashMap<>();

    static {
        DEMO_DIRECTORY.put("intake", List.of("Trappen Modtagelse"));
        DEMO_DIRECTORY.put("cnord1", List.of("Trappen Team Nord"));
        DEMO_DIRECTORY.put("cnord2", List.of("Trappen Team Nord"));
        DEMO_DIRECTORY.put("csyd1", List.of("Trappen Team Syd"));
        DEMO_DIRECTORY.put("csyd2", List.of("Trappen Team Syd"));
        DEMO_DIRECTORY.put("lnord", List.of("Trappen Ledere Nord"));
        DEMO_DIRECTORY.put("lsyd", List.of("Trappen Ledere Syd"));
        DEMO_DIRECTORY.put("therapist", List.of("Trappen Familiebehandlere"));
        DEMO_DIRECTORY.put("prevention", List.of("Trappen Forebyggelse"));
        DEMO_DIRECTORY.put("manager", List.of("Trappen Ledelse"));
        DEMO_DIRECTORY.put("owner", List.of("Trappen Procesejere"));
        DEMO_DIRECTORY.put("admin", List.of("Trappen Administratorer"));
    }

    /** The claims a caseworker's token carries: the user name as a UPN, names and directory groups. */
    public static Map<String, Object> person(String userId, List<String> directoryGroups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", userId + "@kommune.example");
        claims.put("given_name", "Test");
        claims.put("family_name", userId);
        claims.put("email", userId + "@kommune.example");
        claims.put("groups", directoryGroups);
        return claims;
    }

    /** An access token the provider signed for a person (as a token issued to Trappen's client). */
    public static String staffToken(String userId, List<String> directoryGroups) {
        Map<String, Object> claims = person(userId, directoryGroups);
        claims.put("azp", CLIENT_ID);
        return server().issueToken(ISSUER, userId, CLIENT_ID, claims, 3600).serialize();
    }

    /** A token issued two hours ago that expired an hour ago. */
    public static String expiredToken(String userId, List<String> directoryGroups) {
        Map<String, Object> claims = person(userId, directoryGroups);
        claims.put("azp", CLIENT_ID);
        claims.put("iat", java.time.Instant.now().minusSeconds(7200).getEpochSecond());
        claims.put("nbf", java.time.Instant.now().minusSeconds(7200).getEpochSecond());
        return server().issueToken(ISSUER, userId, CLIENT_ID, claims, -3600).serialize();
    }

    /** The Authorization header the matrix's users send: the demo users' tokens; skolesystem is the school's system. */
    public static String bearerFor(String user) {
        if ("skolesystem".equals(user)) {
            return "Bearer " + partnerToken("skole-it", "concerns:write meetings:status");
        }
        List<String> groups = DEMO_DIRECTORY.get(user);
        if (groups == null) {
            throw new IllegalArgumentException("No directory entry for " + user);
        }
        return "Bearer " + staffToken(user, groups);
    }

    /** A partner system's token, fetched as the system does: client credentials at the token endpoint. */
    public static synchronized String partnerToken(String clientId, String scopes) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, clientId, "JWT", List.of("trappen-api"),
                Map.of("azp", clientId, "scope", scopes), 3600));
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=hemmelig&scope="
                + java.net.URLEncoder.encode(scopes, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server().tokenEndpointUrl(ISSUER).toString()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token endpoint: " + response.statusCode() + " " + response.body());
            }
            return ApiClient.JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser with cookies that signs in as a person: the application sends it to the provider,
     * which (non-interactive) signs the person in with these claims and sends it back.
     */
    public static Browser browser() {
        return new Browser();
    }

    public static final class Browser {
        public final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        /** The next sign-in at the provider is this person. */
        public Browser as(String userId, List<String> directoryGroups) {
            server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, userId, "JWT", List.of(CLIENT_ID),
                    person(userId, directoryGroups), 3600));
            return this;
        }

        /** A navigation: follows the redirects (to the provider and back, then the webapp's own), as a browser does. */
        public HttpResponse<String> get(String url) {
            HttpResponse<String> response = getWithoutRedirects(url);
            for (int hop = 0; hop < 12 && response.statusCode() / 100 == 3; hop++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = getWithoutRedirects(next.toString());
            }
            return response;
        }

        public HttpResponse<String> getWithoutRedirects(String url) {
            return send(noRedirects, HttpRequest.newBuilder(URI.create(url)).header("Accept", accept(url)).GET().build());
        }

        /** What a browser accepts: a page when it navigates, JSON when a webapp calls its API. */
        private static String accept(String url) {
            return url.contains("/api/") ? "application/json, text/plain, */*"
                    : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        }

        public HttpResponse<String> post(String url, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
            headers.forEach(request::header);
            return send(noRedirects, request.build());
        }

        /** A form as the webapps' sign-in posts it. */
        public HttpResponse<String> postForm(String url, Map<String, String> headers, String form) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            headers.forEach(request::header);
            return send(noRedirects, request.build());
        }

        /** A cookie's value for the application, or null. */
        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
