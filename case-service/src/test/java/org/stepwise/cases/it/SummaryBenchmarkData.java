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
        // a year of meetings: about three a week, one in ten missed
        s.executeUpdate(
            """
            INSERT INTO attendance_record (client_id, meeting_type, meeting_name, started_at,
                started_offset, status, verification, source_key, source_channel, source_record_id,
                reported_by, received_by, received_at)
            SELECT c.id, 'NA', 'Hope Group', now() - make_interval(hours => i * (8760 / %d)),
                   '-05:00', CASE WHEN i %% 10 = 0 THEN 'ABSENT' ELSE 'ATTENDED' END,
                   'SIGNED_SLIP', 'BENCH-%s', 'SFTP', c.id || '-' || i, 'hm.bench', 'bench', now()
              FROM %s c CROSS JOIN generate_series(1, %d) i
            """
                .formatted(meetingsPerClient, clinic, mine, meetingsPerClient));
        s.executeUpdate(
            """
            INSERT INTO transition (client_id, seq, from_level, to_level, effective_date, direction,
                reason, dim_intoxication, dim_biomedical, dim_emotional, dim_readiness, dim_relapse,
                dim_environment, decided_by, program, recorded_by, recorded_at)
            SELECT c.id, s.seq, s.from_level, s.to_level, current_date - s.days_ago, s.direction,
                   'Clinical review', 0, 1, 1, 1, 2, 1, 'Dr. Bench', 'Bench Program', 'bench', now()
              FROM %s c
              CROSS JOIN (VALUES (1, NULL, '2.1', 120, 'ADMISSION'), (2, '2.1', '1.0', 10, 'STEP_DOWN'))
                   AS s(seq, from_level, to_level, days_ago, direction)
            """
                .formatted(mine));
        s.executeUpdate(
            """
            INSERT INTO goal (client_id, domain, statement, target_date, status, recorded_by,
                              recorded_at)
            SELECT c.id, d.domain, d.statement, current_date + 60, 'IN_PROGRESS', 'bench', now()
              FROM %s c
              CROSS JOIN (VALUES ('EMPLOYMENT', 'Full-time work'), ('HOUSING', 'Own lease'),
                                 ('RECOVERY', 'Sponsor and home group')) AS d(domain, statement)
            """
                .formatted(mine));
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

  /** A connection as the application's own role, for the bare SQL. */
  public Connection applicationConnection() throws SQLException {
    return f.platform.databaseAsApplication();
  }

  /** The cadence run, as an admin starts it. */
  public ApiClient.Response runCadence() {
    return f.api.post("/api/v1/summary-runs", f.token(DemoUser.ADMIN_OKAFOR), null);
  }
}
