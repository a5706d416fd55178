package dk.trappen.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/trappen-*.jar, what ships) as a child process on a database of
 * the test's own: the {@code postgres} profile with the demo users but without the demo data (the
 * API needs users; the checks need a database holding only what the test created). Each node has
 * its own port and its own engine host name, which Camunda writes into the job log.
 */
final class AppNode implements AutoCloseable {

    /** What a process killed by SIGKILL exits with on Linux (128 + 9). */
    static final int SIGKILL_EXIT = 137;

    private final String name;
    private final ItDatabase database;
    private final int port;
    private final Path log;
    private Process process;

    AppNode(String name, ItDatabase database) {
        this.name = name;
        this.database = database;
        this.port = freePort();
        Path logs = Path.of(System.getProperty("trappen.it.logs", "target/failsafe-reports"));
        this.log = logs.resolve("app-" + name + ".log");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("trappen.it.jar", "target/trappen-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged application (run `package` before the integration tests)").isRegularFile();
        return jar;
    }

    AppNode start() throws IOException {
        Files.createDirectories(log.getParent());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx1g", "-jar", jar().toAbsolutePath().toString(),
                "--spring.profiles.active=postgres,demo",
                // Users from the demo profile, but none of its children and concerns.
                "--trappen.demo.data-enabled=false",
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The developer's shell must not reconfigure the node (TRAPPEN_DB_URL, SPRING_PROFILES_ACTIVE, ...).
        builder.environment().keySet().removeIf(key -> key.startsWith("TRAPPEN_") || key.startsWith("SPRING_"));
        Files.writeString(log, "\n==== " + Instant.now() + " start " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        process = builder.start();
        return this;
    }

    /**
     * Waits until the readiness probe answers UP: after start-up's own work (the organisation's
     * users and grants are applied on ApplicationReadyEvent, before the readiness state changes).
     */
    AppNode awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " not ready after " + timeout + "; see " + log);
    }

    /**
     * Kills the node the hard way: {@link Process#destroyForcibly()} is SIGKILL on Linux, so no
     * shutdown hook, no graceful Tomcat stop, no transaction gets to finish. Returns the exit code.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s ended after SIGKILL", name).isTrue();
        return process.exitValue();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops the node if it still runs (at the end of a test, also after a failure). */
    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
