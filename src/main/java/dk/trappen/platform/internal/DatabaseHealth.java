package dk.trappen.platform.internal;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether this node's database answers and still holds the engine's schema. Part of health,
 * liveness and readiness (application.yml): a node without its database can do nothing, and an
 * embedded database that was closed (after an OutOfMemoryError) does not come back by itself, so
 * an orchestrator should route away from the node and restart it. A plain "select 1" is not
 * enough: a closed in-memory H2 reopens empty on the next connection and answers it.
 */
@Component("database")
class DatabaseHealth extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;

    DatabaseHealth(JdbcTemplate jdbc) {
        super("The database does not answer");
        JdbcTemplate bounded = new JdbcTemplate(jdbc.getDataSource());
        bounded.setQueryTimeout(5);
        this.jdbc = bounded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String version = jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'", String.class);
        builder.up().withDetail("schema", version);
    }
}
