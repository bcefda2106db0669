package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.staff.StaffDirectory;
import org.stepwise.cases.domain.model.staff.StaffMember;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** The staff directory in {@code staff_member}; a sign-in is three statements on one connection. */
@ApplicationScoped
public class JdbcStaffDirectory implements StaffDirectory {

  private static final String CASE_MANAGER = "case-manager";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public void signedIn(StaffMember member, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      // the login passes to its new holder: the one who had it keeps their subject, not the name
      update(
          c,
          "UPDATE staff_member SET username = NULL, changed_at = ? WHERE username = ? AND subject <> ?",
          at,
          member.username(),
          member.subject());
      update(
          c,
          "INSERT INTO staff_member (subject, username, roles, first_seen, changed_at)"
              + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE"
              + " SET username = EXCLUDED.username, roles = EXCLUDED.roles,"
              + " changed_at = EXCLUDED.changed_at",
          member.subject(),
          member.username(),
          member.roles().stream().sorted().toArray(String[]::new),
          at,
          at);
      if (member.roles().contains(CASE_MANAGER)) {
        // clients recorded before caseloads had subjects: bound once, to this login's holder
        update(
            c,
            "UPDATE client SET case_manager_subject = ?"
                + " WHERE case_manager = ? AND case_manager_subject IS NULL",
            member.subject(),
            member.username());
      }
    } catch (SQLException e) {
      throw Sql.failed("recording a sign-in", e);
    }
  }

  @Override
  public Optional<StaffMember> byUsername(String username) {
    List<StaffMember> found =
        Sql.list(
            dataSource,
            "reading the staff directory",
            "SELECT subject, username, roles FROM staff_member WHERE username = ?",
            rs -> new StaffMember(rs.getString(1), rs.getString(2), roles(rs.getArray(3))),
            username);
    return found.stream().findFirst();
  }

  @Override
  public List<CaseManagerLoad> caseManagers() {
    return Sql.list(
        dataSource,
        "listing case managers",
        "SELECT s.username, count(c.id) FROM staff_member s"
            + " LEFT JOIN client c ON c.case_manager_subject = s.subject AND c.status = 'ACTIVE'"
            + " WHERE s.username IS NOT NULL AND ? = ANY (s.roles)"
            + " GROUP BY s.username ORDER BY s.username",
        rs -> new CaseManagerLoad(rs.getString(1), rs.getLong(2)),
        CurrentUser.CASE_MANAGER);
  }

  private static Set<String> roles(Array array) throws SQLException {
    return Set.of((String[]) array.getArray());
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, params);
      s.executeUpdate();
    }
  }
}
