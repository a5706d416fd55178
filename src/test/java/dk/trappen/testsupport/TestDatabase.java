package dk.trappen.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database of a test run. By default the suite runs on in-memory H2. With
 * {@code -Dtrappen.test.database=postgres} (the second surefire run) it creates its own database on
 * the local PostgreSQL and runs there; if PostgreSQL cannot be reached the run is skipped, except in
 * CI ({@code CI=true}), where the PostgreSQL run must not silently vanish.
 */
public class TestDatabase implements ExecutionCondition {

    static final String SELECTOR = "trappen.test.database";
    static final String SERVER = System.getProperty("trappen.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("trappen.test.postgres.user", "postgres");
    /** One database per test JVM, so parallel runs on one machine never share state. */
    static final String DATABASE = "trappen_test_" + ProcessHandle.current().pid();

    private static Boolean postgresReady;
    private static String failure;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgres".equals(System.getProperty(SELECTOR))) {
            return ConditionEvaluationResult.enabled("H2");
        }
        if (!preparePostgres()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI requires the PostgreSQL test run, but: " + failure);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL not reachable: " + failure);
        }
        return ConditionEvaluationResult.enabled("PostgreSQL " + DATABASE);
    }

    /** Drops the databases of earlier test JVMs that have ended (dropping our own at exit would race Spring's shutdown). */
    private static void dropLeftovers(Statement statement) throws SQLException {
        var leftovers = new java.util.ArrayList<String>();
        try (var rs = statement.executeQuery("select datname from pg_database where datname like 'trappen\\_test\\_%'")) {
            while (rs.next()) {
                leftovers.add(rs.getString(1));
            }
        }
        for (String database : leftovers) {
            String pid = database.substring("trappen_test_".length());
            boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
            if (!alive) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static synchronized boolean preparePostgres() {
        if (postgresReady == null) {
            try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                 Statement statement = connection.createStatement()) {
                dropLeftovers(statement);
                statement.execute("drop database if exists " + DATABASE + " with (force)");
                statement.execute("create database " + DATABASE);
                System.setProperty("spring.datasource.url", SERVER + DATABASE);
                System.setProperty("spring.datasource.username", USER);
                System.setProperty("spring.datasource.password", "");
                postgresReady = true;
            } catch (SQLException e) {
                failure = e.getMessage();
                postgresReady = false;
            }
        }
        return postgresReady;
    }
}
