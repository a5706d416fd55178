package dk.trappen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's "which groups hold any authorization" answers as Camunda's own statement would, and
 * on PostgreSQL by the index instead of a read of the whole authorization table (the statement
 * runs before every authorization check; docs/benchmarks.md).
 */
@TrappenTest
class AuthorizedGroupsQueryTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    <T> T inCommand(Command<T> command) {
        return configuration().getCommandExecutorTxRequired().execute(command);
    }

    @Test
    void theGroupsWithAuthorizationsAreTheSameAsCamundasOwnQueryFinds() {
        Set<String> expected = new HashSet<>(jdbc.queryForList(
                "select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class));
        List<String> found = inCommand(context -> context.getDbEntityManager().selectList(AuthorizedGroupsQuery.CAMUNDA_STATEMENT));

        assertThat(expected).as("the demo's grants").contains("caseworkers", "team-nord", "intake");
        assertThat(found.stream().filter(id -> id != null).toList()).containsExactlyInAnyOrderElementsOf(expected);
        List<String> filtered = inCommand(context -> context.getAuthorizationManager()
                .filterAuthenticatedGroupIds(List.of("team-nord", "no-such-group", "caseworkers")));
        assertThat(filtered).containsExactlyInAnyOrder("team-nord", "caseworkers");
    }

    @Test
    void onPostgresqlTheEngineReadsThemByTheIndex() {
        String databaseType = configuration().getDbSqlSessionFactory().getDatabaseType();
        String statement = configuration().getDbSqlSessionFactory().mapStatement(AuthorizedGroupsQuery.CAMUNDA_STATEMENT);
        if ("postgres".equals(databaseType)) {
            assertThat(statement).isEqualTo(AuthorizedGroupsQuery.STATEMENT);
            String plan = String.join("\n", jdbc.queryForList("explain " + configuration().getSqlSessionFactory()
                    .getConfiguration().getMappedStatement(AuthorizedGroupsQuery.STATEMENT).getBoundSql(null).getSql(),
                    String.class));
            assertThat(plan).as(plan).contains("act_idx_auth_group_id");
        } else {
            assertThat(statement).as("other databases keep Camunda's statement").isEqualTo(AuthorizedGroupsQuery.CAMUNDA_STATEMENT);
        }
    }
}
