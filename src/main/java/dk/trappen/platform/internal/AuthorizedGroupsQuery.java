package dk.trappen.platform.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check the engine asks which groups hold any authorization at all
 * ({@code selectAuthorizedGroupIds}: {@code SELECT DISTINCT GROUP_ID_} over the whole
 * authorization table). The engine writes two authorizations per open task, so the table grows with
 * the open load and the query read every row of it on every request: at national volume some
 * 200,000 rows per click (found by the benchmark, docs/benchmarks.md; Camunda issue #5485). On
 * PostgreSQL this replaces it with the same answer read as a loose index scan over the group index
 * ({@code ACT_IDX_AUTH_GROUP_ID}): one index probe per distinct group, a few dozen whatever the
 * load. Other databases keep Camunda's statement.
 */
@Component
class AuthorizedGroupsQuery extends AbstractProcessEnginePlugin {

    static final String CAMUNDA_STATEMENT = "selectAuthorizedGroupIds";
    static final String STATEMENT = "dk.trappen.platform.selectAuthorizedGroupIdsByIndex";

    private static final String SQL = """
            WITH RECURSIVE AUTHORIZED_GROUPS (ID_) AS (
              (SELECT GROUP_ID_ FROM {prefix}ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL ORDER BY GROUP_ID_ LIMIT 1)
              UNION ALL
              SELECT (SELECT A.GROUP_ID_ FROM {prefix}ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ > G.ID_ ORDER BY A.GROUP_ID_ LIMIT 1)
              FROM AUTHORIZED_GROUPS G WHERE G.ID_ IS NOT NULL
            )
            SELECT ID_ FROM AUTHORIZED_GROUPS WHERE ID_ IS NOT NULL""";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
        if (!"postgres".equals(sessions.getDatabaseType())) {
            return;
        }
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        String sql = SQL.replace("{prefix}", configuration.getDatabaseTablePrefix());
        ResultMap strings = new ResultMap.Builder(mybatis, STATEMENT + "-Inline", String.class, List.of()).build();
        mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT, new StaticSqlSource(mybatis, sql),
                SqlCommandType.SELECT).resultMaps(List.of(strings)).build());
        // A copy: the engine's own mappings are shared by every engine of this database type in the JVM.
        Map<String, String> mappings = new HashMap<>();
        if (sessions.getStatementMappings() != null) {
            mappings.putAll(sessions.getStatementMappings());
        }
        mappings.put(CAMUNDA_STATEMENT, STATEMENT);
        sessions.setStatementMappings(mappings);
    }
}
