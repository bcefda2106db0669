package org.stepwise.cases.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * A referring clinic with many referred, consenting clients and a year of attendance each, written
 * straight into PostgreSQL with set-based SQL (the API would take an hour for 1.5 million rows).
 */
public final class SummaryBenchmarkData {

  private final Fixtures f = new Fixtures();

  /** Creates the clinic through the API and its clients in SQL; returns the clients' ids. */
  public List<Long> seed(String clinic, int clients, int meetingsPerClient) throws SQLException {
    f.clinic(clinic);
    try (Connection c = f.platform.database()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              """
              INSERT INTO client (given_name, family_name, date_of_birth, recovery_start_date, status,
                                  case_manager, referral_clinic, current_level, current_level_since,
                                  meeting_min_per_week, meeting_types, recorded_by, recorded_at)
              SELECT 'Bench', ? || '-' || g, date '1980-01-01' + (g % 7000), current_date - 400,
                     'ACTIVE', 'cm.bench', ?, '1.0', current_date - 10, 3, 'NA,AA', 'bench', now()
                FROM generate_series(1, ?) g
              """)) {
        s.setString(1, clinic);
        s.setString(2, clinic);
        s.setInt(3, clients);
        s.executeUpdate();
      }
      String mine = "(SELECT id FROM client WHERE referral_clinic = '" + clinic + "')";
      try (Statement s = c.createStatement()) {
        ChartSeed.yearOfAttendance(s, mine, "BENCH-" + clinic, meetingsPerClient);
        ChartSeed.stepDownHistory(s, mine);
        ChartSeed.threeGoals(s, mine);
        s.executeUpdate(
            """
            INSERT INTO goal_milestone (goal_id, description, due_date, achieved_on, recorded_by,
                                        recorded_at)
            SELECT g.id, 'First step', current_date - 5, current_date - 6, 'bench', now()
              FROM goal g WHERE g.client_id IN %s
            """
                .formatted(mine));
        s.executeUpdate(
            """
            INSERT INTO goal_progress_note (goal_id, noted_on, body, recorded_by, recorded_at)
            SELECT g.id, current_date - 8, 'Steady progress this week.', 'bench', now()
              FROM goal g WHERE g.client_id IN %s
            """
                .formatted(mine));
        s.executeUpdate(
            """
            INSERT INTO clinic_narrative (client_id, period_start, period_end, body, ready, version,
                   recorded_by, recorded_at)
            SELECT c.id, date_trunc('week', current_date)::date - 7,
                   date_trunc('week', current_date)::date - 1,
                   'Working the plan; back at work three days a week.', true, 1, 'cm.bench', now()
              FROM %s c
            """
                .formatted(mine));
        s.executeUpdate(
            """
            INSERT INTO consent (client_id, discloser, clinic_id, purpose, sections, effective_from,
                expires_on, signed_by, signed_on, signature_method, revocation_right_explained,
                recorded_by, recorded_at)
            SELECT c.id, 'Stepwise Aftercare Program', k.id, 'Coordination of care',
                   'ATTENDANCE,GOALS,LEVEL_OF_CARE,NARRATIVE', current_date - 300, current_date + 300,
                   'The client', current_date - 300, 'WET_INK', TRUE, 'cm.bench', now()
              FROM %s c, clinic k WHERE k.code = '%s'
            """
                .formatted(mine, clinic));
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      List<Long> ids = new ArrayList<>();
      try (Statement s = c.createStatement();
          var rs =
              s.executeQuery(
                  "SELECT id FROM client WHERE referral_clinic = '" + clinic + "' ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    }
  }

  public long count(String sql) {
    return f.count(sql);
  }

  public String durability() throws SQLException {
    return f.platform.databaseDurability();
  }

  /** A connection as the application's own role, for the bare SQL. */
  public Connection applicationConnection() throws SQLException {
    return f.platform.databaseAsApplication();
  }

  /** The cadence run, as an admin starts it. */
  public ApiClient.Response runCadence() {
    return f.api.post("/api/v1/summary-runs", f.token(DemoUser.ADMIN_OKAFOR), null);
  }
}
