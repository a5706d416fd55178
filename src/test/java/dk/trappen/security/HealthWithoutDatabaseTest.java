package dk.trappen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import dk.trappen.TrappenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19, point 1: after the embedded database was closed (by an OutOfMemoryError) every request
 * failed while {@code /actuator/health} still said UP, so nothing restarted the node. Here a node of
 * its own (its own in-memory H2, its own engine name) loses its database: health, liveness and
 * readiness answer 503 DOWN.
 */
@DisabledIfSystemProperty(named = "trappen.test.database", matches = "postgres",
        disabledReason = "the node of its own runs on embedded H2 in both runs; once is enough")
class HealthWithoutDatabaseTest {

    @Test
    void healthIsDownOnceTheDatabaseIsGone() throws Exception {
        String url = "jdbc:h2:mem:health" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrappenApplication.class)
                .profiles("demo", "test")
                // Arguments, not default properties: they win over application-test.yml's database.
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa", "--spring.datasource.password=", "--camunda.bpm.process-engine-name=health",
                        "--spring.jmx.enabled=false", "--management.endpoint.health.show-components=always")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, port, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(http, port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(get(http, port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }

            for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
                HttpResponse<String> down = get(http, port, path);
                assertThat(down.statusCode()).as(path + ": " + down.body()).isEqualTo(503);
                assertThat(down.body()).as(path).contains("\"DOWN\"");
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
