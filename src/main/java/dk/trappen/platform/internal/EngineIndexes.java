package dk.trappen.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes Camunda's schema lacks and Trappen's volume needs, created once the engine has
 * created or upgraded its tables (found by the benchmark, docs/benchmarks.md):
 * <ul>
 * <li>{@code ACT_RU_JOB (DUEDATE_)}: the job executor looks for due jobs several times a second; with
 * every job given a due date ({@code ensureJobDueDateNotNull}, application.yml) that look reads the
 * due ones by index instead of every waiting timer (two per running follow-up: some 120,000 at
 * national volume).</li>
 * <li>{@code ACT_RU_TASK (PARENT_TASK_ID_)}: completing a task first looks for its subtasks by this
 * column; without the index every completion read every open task.</li>
 * </ul>
 * Jobs created before due dates were ensured (a database from an earlier version) get theirs here,
 * or the executor, which now asks only for due dates, would never see them.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String[]> INDEXES = List.of(
            new String[] {"TRAPPEN_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"},
            new String[] {"TRAPPEN_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"});

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix();
        DataSource dataSource = configuration.getDataSource();
        for (String[] index : INDEXES) {
            run(dataSource, "CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + prefix + index[1] + " (" + index[2] + ")");
        }
        run(dataSource, "UPDATE " + prefix + "ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP WHERE DUEDATE_ IS NULL");
    }

    private static void run(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.execute(sql);
        } catch (SQLException e) {
            // A second node starting in the same moment created it first; anything else the next start repeats.
            LOG.warn("{} did not run: {}", sql, e.getMessage());
        }
    }
}
