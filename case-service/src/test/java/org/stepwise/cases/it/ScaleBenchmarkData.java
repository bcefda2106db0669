package org.stepwise.cases.it;

import static org.stepwise.cases.it.Fixtures.expect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * A program of a given size for the scale benchmark, written in set-based SQL: clients with a year
 * of attendance (about three meetings a week), a step-down history, three goals, a current stay in
 * a house of ten, and the audit events the reads of their charts would have written. Clients of one
 * batch go to {@code caseManager} (by Keycloak subject, as assignment does) or, when it is null, to
 * fifty each of 200 other case managers. None has a consent, so the weekly summary run
 * (SummaryBenchmark) does not see them.
 */
public final class ScaleBenchmarkData {

  private static final int MEETINGS = 150;
  private static final int AUDIT_EVENTS_PER_CLIENT = 100;

  private final Fixtures f = new Fixtures();

  /** Adds {@code clients} clients tagged {@code tag}; returns the first house's id. */
  public long seed(String tag, int clients, DemoUser caseManager) throws SQLException {
    String subject = caseManager == null ? null : subjectOf(caseManager);
    try (Connection c = f.platform.database()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              """
              INSERT INTO house (code, name, narr_level, capacity, reporting_channel, recorded_by,
                                 recorded_at)
              SELECT ? || '-H' || h, 'House ' || ? || ' ' || h, 2, 10, 'SFTP', 'bench', now()
                FROM generate_series(1, (? + 9) / 10) h
              """)) {
        s.setString(1, tag);
        s.setString(2, tag);
        s.setInt(3, clients);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              """
              INSERT INTO client (given_name, family_name, date_of_birth, recovery_start_date, status,
                                  case_manager, case_manager_subject, current_level,
                                  current_level_since, meeting_min_per_week, meeting_types,
                                  recorded_by, recorded_at)
              SELECT 'Scale', ? || '-' || g, date '1980-01-01' + (g % 7000), current_date - 400,
                     'ACTIVE', coalesce(?, 'cm.scale-' || (g % 200)),
                     coalesce(?, 'scale-subject-' || (g % 200)), '1.0', current_date - 10, 3,
                     'NA,AA', 'bench', now()
                FROM generate_series(1, ?) g
              """)) {
        s.setString(1, tag);
        s.setString(2, caseManager == null ? null : caseManager.username());
        s.setString(3, subject);
        s.setInt(4, clients);
        s.executeUpdate();
      }
      String mine = "(SELECT id, family_name FROM client WHERE family_name LIKE '" + tag + "-%')";
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            """
            INSERT INTO residency (client_id, house_id, client_ref, move_in, recorded_by, recorded_at)
            SELECT c.id, h.id, 'R-' || c.id, current_date - 100, 'bench', now()
              FROM %s c
              JOIN house h ON h.code = '%s-H' || ((split_part(c.family_name, '-', 2)::int - 1) / 10 + 1)
            """
                .formatted(mine, tag));
        ChartSeed.yearOfAttendance(s, mine, "SCALE-" + tag, MEETINGS);
        ChartSeed.stepDownHistory(s, mine);
        ChartSeed.threeGoals(s, mine);
        // the reads' audit trail, unchained (written as the database's owner would restore it):
        // the chain's trigger would take minutes here and no benchmark verifies the chain
        s.execute("SET LOCAL session_replication_role = replica");
        s.executeUpdate(
            """
            INSERT INTO audit_event (occurred_at, subject, username, roles, action, operation,
                                     record_type, record_id, client_id, outcome, origin)
            SELECT now() - make_interval(mins => i * 53), 'scale-subject', 'cm.scale', 'CASE_MANAGER',
                   'READ', 'OverviewService.overview', 'client', c.id::text, c.id, 'SUCCESS',
                   '127.0.0.1'
              FROM %s c CROSS JOIN generate_series(1, %d) i
            """
                .formatted(mine, AUDIT_EVENTS_PER_CLIENT));
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM house WHERE code = '" + tag + "-H1'")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** One of {@code caseManager}'s clients of batch {@code tag}. */
  public long clientOf(String tag) {
    return f.count("SELECT min(id) FROM client WHERE family_name LIKE '" + tag + "-%'");
  }

  public long count(String sql) {
    return f.count(sql);
  }

  public String token(DemoUser user) {
    return f.token(user);
  }

  public String serviceUrl() {
    return f.platform.serviceUrl();
  }

  public String durability() throws SQLException {
    return f.platform.databaseDurability();
  }

  /** The subject Keycloak gives {@code user}, known once they have signed in. */
  private String subjectOf(DemoUser user) throws SQLException {
    ApiClient.Response r = f.api.get("/api/v1/clients?size=1", f.token(user));
    expect(200, r);
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement("SELECT subject FROM staff_member WHERE username = ?")) {
      s.setString(1, user.username());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(user.username() + " has not signed in");
        }
        return rs.getString(1);
      }
    }
  }
}
