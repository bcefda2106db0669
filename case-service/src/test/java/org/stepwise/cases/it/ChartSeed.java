package org.stepwise.cases.it;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The parts of a client's chart the benchmarks write in set-based SQL for many clients at once:
 * {@code clients} is a relation of client rows with an {@code id} (a table or a subquery).
 */
final class ChartSeed {

  private ChartSeed() {}

  /** A year of meetings: {@code meetings} spread evenly, about one in ten missed. */
  static void yearOfAttendance(Statement s, String clients, String sourceKey, int meetings)
      throws SQLException {
    s.executeUpdate(
        """
        INSERT INTO attendance_record (client_id, meeting_type, meeting_name, started_at,
            started_offset, status, verification, source_key, source_channel, source_record_id,
            reported_by, received_by, received_at)
        SELECT c.id, 'NA', 'Hope Group', now() - make_interval(hours => i * (8760 / %d)),
               '-05:00', CASE WHEN i %% 10 = 0 THEN 'ABSENT' ELSE 'ATTENDED' END,
               'SIGNED_SLIP', '%s', 'SFTP', c.id || '-' || i, 'hm.bench', 'bench', now()
          FROM %s c CROSS JOIN generate_series(1, %d) i
        """
            .formatted(meetings, sourceKey, clients, meetings));
  }

  /** Admitted at 2.1 120 days ago, stepped down to 1.0 ten days ago. */
  static void stepDownHistory(Statement s, String clients) throws SQLException {
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
            .formatted(clients));
  }

  /** An employment, a housing and a recovery goal in progress. */
  static void threeGoals(Statement s, String clients) throws SQLException {
    s.executeUpdate(
        """
        INSERT INTO goal (client_id, domain, statement, target_date, status, recorded_by,
                          recorded_at)
        SELECT c.id, d.domain, d.statement, current_date + 60, 'IN_PROGRESS', 'bench', now()
          FROM %s c
          CROSS JOIN (VALUES ('EMPLOYMENT', 'Full-time work'), ('HOUSING', 'Own lease'),
                             ('RECOVERY', 'Sponsor and home group')) AS d(domain, statement)
        """
            .formatted(clients));
  }
}
