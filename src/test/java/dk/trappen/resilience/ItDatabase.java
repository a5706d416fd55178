package dk.trappen.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database of its own on the local PostgreSQL for one resilience test, shared by the
 * application processes it starts and read by the test over JDBC. Like {@code TestDatabase}: where
 * PostgreSQL cannot be reached the test is skipped with a warning, except in CI ({@code CI=true}),
 * where it fails, so the resilience tests never silently vanish from the build.
 */
final class ItDatabase implements AutoCloseable {

    static final String SERVER = System.getProperty("trappen.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("trappen.test.postgres.user", "postgres");
    private static final String PREFIX = "trappen_it_";

    private final String name;

    private ItDatabase(String name) {
        this.name = name;
    }

    /** Creates {@code trappen_it_<pid>_<purpose>}, or skips (fails in CI) the calling test. */
    static ItDatabase create(String purpose) {
        String name = PREFIX + ProcessHandle.current().pid() + "_" + purpose.toLowerCase();
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI requires the resilience tests, but PostgreSQL is not reachable at "
                        + SERVER + ": " + e.getMessage(), e);
            }
            System.err.println("WARNING: resilience test skipped, PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
            Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
        }
        return new ItDatabase(name);
    }

    /** Databases of earlier test JVMs that ended without dropping theirs (killed, or stopped in a debugger). */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like 'trappen\\_it\\_%'")) {
            while (rs.next()) {
                leftovers.add(rs.getString(1));
            }
        }
        for (String database : leftovers) {
            String pid = database.substring(PREFIX.length()).split("_")[0];
            boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
            if (!alive) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    String url() {
        return SERVER + name;
    }

    String user() {
        return USER;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /** The rows of a query, each column by its lower-case label. */
    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** Drops the database; call only once every application process using it has ended. */
    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("WARNING: could not drop " + name + " (dropped by the next run): " + e.getMessage());
        }
    }
}
