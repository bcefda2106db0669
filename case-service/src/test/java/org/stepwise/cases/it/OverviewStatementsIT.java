package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * The overview is served by the same number of SQL statements with 10 and with 1,000 attendance
 * records, and a caseload page with every row's flags (aftercare and trigger log included) by the
 * same number for 10 clients as for 500 of 1,000. PostgreSQL's own pg_stat_statements counts what
 * case-service's role ran.
 */
class OverviewStatementsIT {

  private final Fixtures f = new Fixtures();
  private String lastRun = "";

  @Test
  void theOverviewRunsTheSameStatementsWith10And1000AttendanceRows() throws Exception {
    String code = Fixtures.unique("STMT");
    long house = f.house(code, 4);
    long few = clientWithAttendance(code, house, "F-1", 10);
    long many = clientWithAttendance(code, house, "M-1", 1000);
    for (long client : new long[] {few, many}) {
      expect(
          201,
          f.api.post(
              "/api/v1/clients/" + client + "/goals",
              f.token(DemoUser.CM_RIVERA),
              "{\"domain\":\"EMPLOYMENT\",\"statement\":\"Job\",\"targetDate\":\""
                  + today().minusDays(1)
                  + "\"}"));
    }

    long withFew = statementsFor(few);
    String ranWithFew = lastRun;
    long withMany = statementsFor(many);
    System.out.printf(
        "overview statements: %d with 10 attendance rows, %d with 1,000%n", withFew, withMany);
    assertEquals(withFew, withMany, "with 10:\n" + ranWithFew + "\nwith 1,000:\n" + lastRun);
    assertTrue(withFew <= 8, "a handful of statements, not one per row: " + withFew);
  }

  @Test
  void theCaseloadRunsTheSameStatementsFor10And1000FlaggedClients() throws Exception {
    String few = seedFlaggedClients(10);
    String many = seedFlaggedClients(1000);
    long withFew = caseloadStatements(few, 10);
    String ranWithFew = lastRun;
    long withMany = caseloadStatements(many, 500);
    System.out.printf(
        "caseload statements: %d for a page of 10 clients, %d for a page of 500 of 1,000%n",
        withFew, withMany);
    assertEquals(withFew, withMany, "with 10:\n" + ranWithFew + "\nwith 500:\n" + lastRun);
    assertTrue(withFew <= 8, "a handful of statements, not one per client: " + withFew);
  }

  /**
   * {@code n} clients of cm.rivera's, straight into the database, each with a missed psychiatric
   * check-in of a medication series, two missed therapy sessions and a lapse: every row is flagged.
   */
  private String seedFlaggedClients(int n) throws Exception {
    // sorted after every other client, so the caseload pages other tests read stay as they were
    String family = Fixtures.unique("ZzFlagged");
    try (Connection c = f.platform.database();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                """
                WITH cl AS (
                  INSERT INTO client (given_name, family_name, date_of_birth, recovery_start_date,
                         status, case_manager, case_manager_subject, recorded_by, recorded_at)
                  SELECT 'Load', ? || '-' || g, date '1990-01-01', current_date - 400, 'ACTIVE',
                         'cm.rivera', ?, 'test', now() FROM generate_series(1, ?) g
                  RETURNING id),
                se AS (
                  INSERT INTO appointment_series (client_id, kind, provider, every_n, unit, starts_on,
                         medication_management, recorded_by, recorded_at)
                  SELECT id, k, 'Dr. Load', 2, 'WEEKS', current_date - 56, k = 'PSYCHIATRY', 'test', now()
                    FROM cl, unnest(ARRAY['PSYCHIATRY', 'THERAPY']) k
                  RETURNING id, client_id, kind, medication_management),
                oc AS (
                  INSERT INTO appointment_occurrence (series_id, scheduled_on, client_id, kind, medication,
                         outcome, recorded_by, recorded_at)
                  SELECT se.id, current_date - d, se.client_id, se.kind, se.medication_management,
                         'MISSED', 'test', now()
                    FROM se, unnest(ARRAY[14, 28]) d
                  RETURNING 1)
                INSERT INTO trigger_log_entry (client_id, occurred_on, category, situation, halt_states,
                       craving, response_from_plan, outcome, recorded_by, recorded_at)
                SELECT id, current_date - 1, 'PLACES', 'test', '{}', 7, false, 'LAPSE', 'test', now()
                  FROM cl
                """)) {
      s.setString(1, family);
      s.setString(2, DemoUser.CM_RIVERA.subject());
      s.setInt(3, n);
      s.executeUpdate();
    }
    return family;
  }

  /** Statements case-service ran for one caseload page of the clients named {@code family}. */
  private long caseloadStatements(String family, int rows) throws Exception {
    String token = f.token(DemoUser.CM_RIVERA);
    String path = "/api/v1/clients?size=500&name=" + family + "-";
    expect(200, f.api.get(path, token)); // warm up
    try (Connection c = f.platform.database();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      var page = expect(200, f.api.get(path, token)).object();
      assertEquals(rows, page.getJsonArray("rows").size());
      for (var row : page.getJsonArray("rows").getValuesAs(jakarta.json.JsonObject.class)) {
        String flags = row.getJsonArray("flags").toString();
        assertTrue(
            flags.contains("MISSED_PSYCHIATRIC_CHECK_IN")
                && flags.contains("TWO_MISSED_THERAPY_SESSIONS")
                && flags.contains("LAPSE_LOGGED"),
            "every seeded row is flagged: " + flags);
      }
      return roleStatements(s);
    }
  }

  private long clientWithAttendance(String code, long house, String ref, int rows) {
    long client = f.client(Fixtures.unique("Stmt"));
    expect(201, f.moveIn(client, house, ref, today().minusDays(400)));
    f.requireMeetings(client, 3);
    ZonedDateTime start = ZonedDateTime.now(Fixtures.ZONE).minusHours(1);
    for (int sent = 0; sent < rows; sent += 500) {
      JsonArrayBuilder batch = Json.createArrayBuilder();
      for (int i = sent; i < Math.min(rows, sent + 500); i++) {
        batch.add(
            Fixtures.row(
                ref, start.minusHours(9L * i).toOffsetDateTime().toString(), ref + code + "-" + i));
      }
      var answer = expect(200, f.postBatch(Fixtures.batch(code, batch))).object();
      assertEquals(Math.min(500, rows - sent), answer.getJsonObject("counts").getInt("accepted"));
    }
    return client;
  }

  /** Statements case-service's database role ran for one overview request. */
  private long statementsFor(long client) throws Exception {
    String token = f.token(DemoUser.CM_RIVERA);
    expect(200, f.api.get("/api/v1/clients/" + client + "/overview", token)); // warm up
    try (Connection c = f.platform.database();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
      expect(200, f.api.get("/api/v1/clients/" + client + "/overview", token));
      return roleStatements(s);
    }
  }

  /**
   * What case-service's database role ran since the last reset, but for the audit chain's
   * extension, which AuditChain runs every second whatever the requests are.
   */
  private long roleStatements(Statement s) throws java.sql.SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT calls, left(query, 160) FROM pg_stat_statements p"
                + " JOIN pg_roles r ON r.oid = p.userid"
                + " WHERE r.rolname = 'stepwise' AND p.dbid ="
                + " (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND p.query NOT LIKE '%audit_chain_extend%'")) {
      long calls = 0;
      StringBuilder ran = new StringBuilder();
      while (rs.next()) {
        calls += rs.getLong(1);
        ran.append(rs.getLong(1)).append(" × ").append(rs.getString(2)).append('\n');
      }
      lastRun = ran.toString(); // what ran, for the failure message of a count that differs
      return calls;
    }
  }
}
