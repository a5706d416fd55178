package dk.trappen.testsupport;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused write must leave as it was: every row of the named domain tables (as a checksum,
 * so a changed value counts, not only a new row) and the engine's instances, tasks, jobs and
 * variables. Tests run with the job executor off, so nothing else moves between two snapshots.
 */
public final class DomainSnapshot {

    /**
     * Every domain table except the audit log of reads, which a refused read may rightly write to.
     * Kept by hand beside the migrations: a new table missing here only weakens the check.
     */
    public static final List<String> DOMAIN_TABLES = List.of("child", "child_case", "case_participant", "concern",
            "triage_decision", "concern_note", "outbox_letter", "offer", "investigation", "case_note", "child_plan",
            "plan_goal", "measure", "staircase_move", "meeting", "meeting_participant", "consent", "partner_status",
            "action_point", "meeting_note", "follow_up_policy", "follow_up", "follow_up_goal", "placement_visit",
            "supervision_sample", "case_review", "prevention_request", "prevention_course", "prevention_contact",
            "prevention_extension", "prevention_round", "prevention_group_offer", "prevention_enrolment",
            "anonymous_counselling", "home_intervention", "intervention_session", "intervention_week",
            "intervention_contact",
            // The case's record (issue 15); a document's bytes are left out (a byte[] prints differently each read).
            "journal_note", "journal_document", "decision_hearing", "committee_submission", "decision",
            "decision_custody_holder", "case_letter", "case_letter_version");

    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;

    public DomainSnapshot(DataSource dataSource, ProcessEngine engine) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.engine = engine;
    }

    /** Rows and checksum per table, and the engine's counts, in a stable order. */
    public Map<String, String> take(List<String> tables) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String table : tables) {
            state.put(table, jdbc.query("select * from " + table, (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.append(Objects.toString(rs.getObject(column))).append('|');
                    }
                    rows.add(row.toString());
                }
                rows.sort(null);
                return rows.size() + " rows #" + Integer.toHexString(rows.hashCode());
            }));
        }
        // Queried without an authenticated user, the engine counts everything.
        state.put("process instances", String.valueOf(engine.getRuntimeService().createProcessInstanceQuery().count()));
        state.put("historic process instances", String.valueOf(engine.getHistoryService().createHistoricProcessInstanceQuery().count()));
        state.put("tasks", String.valueOf(engine.getTaskService().createTaskQuery().count()));
        state.put("jobs", String.valueOf(engine.getManagementService().createJobQuery().count()));
        state.put("variables", String.valueOf(engine.getRuntimeService().createVariableInstanceQuery().count()));
        return state;
    }

    public Map<String, String> all() {
        return take(DOMAIN_TABLES);
    }

    /** The entries that differ, as "table: before -> after". */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.add(key + ": " + value + " -> " + after.get(key));
            }
        });
        return changed;
    }
}
