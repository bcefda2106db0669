package org.stepwise.cases.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database role the application connects as must be held to its grants: not a superuser, the
 * owner of nothing in the schema (an owner can switch the append-only triggers off) and without
 * UPDATE, DELETE or TRUNCATE on the audit trail. Checked at start-up; a role that fails it stops
 * the start with what to change.
 */
final class ApplicationRole {

  private static final String CHECK =
      """
      SELECT r.rolname, r.rolsuper,
             (SELECT count(*) FROM pg_class c
               WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace),
             has_table_privilege(r.oid, 'audit_event', 'UPDATE')
               OR has_table_privilege(r.oid, 'audit_event', 'DELETE')
               OR has_table_privilege(r.oid, 'audit_event', 'TRUNCATE')
        FROM pg_roles r WHERE r.rolname = current_user
      """;

  private ApplicationRole() {}

  static void requireHeldToGrants(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(CHECK);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      String role = rs.getString(1);
      String problem =
          rs.getBoolean(2)
              ? "is a superuser"
              : rs.getLong(3) > 0
                  ? "owns " + rs.getLong(3) + " relations of the schema"
                  : rs.getBoolean(4) ? "may update or delete audit events" : null;
      if (problem != null) {
        throw new IllegalStateException(
            "the application's database role "
                + role
                + " "
                + problem
                + ": connect as a role with only the grants the migrations give it"
                + " (stepwise.db.user) and migrate as the schema's owner"
                + " (stepwise.db.migration.user)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "checking the application's role failed: " + e.getSQLState(), e);
    }
  }
}
