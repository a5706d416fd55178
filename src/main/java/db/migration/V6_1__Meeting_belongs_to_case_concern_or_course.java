package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A network meeting belongs to a case, a concern or (since V6) an early-prevention course. V4's
 * unnamed check "case or concern" got a generated name that differs between H2 and PostgreSQL, so
 * plain SQL cannot drop it on both; this finds it by its clause and replaces it with a named check.
 */
public class V6_1__Meeting_belongs_to_case_concern_or_course extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc"
                        + " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
                        + " and cc.constraint_schema = tc.constraint_schema"
                        + " where lower(tc.table_name) = 'meeting' and tc.constraint_type = 'CHECK'")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String clause = rows.getString(2).toLowerCase();
                    if (clause.contains("case_id") && clause.contains("concern_id")) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("Expected one check 'case or concern' on meeting, found " + names);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table meeting drop constraint \"" + names.get(0) + "\"");
            statement.execute("alter table meeting add constraint meeting_belongs_to_something check"
                    + " (case_id is not null or concern_id is not null or prevention_course_id is not null)");
        }
    }
}
