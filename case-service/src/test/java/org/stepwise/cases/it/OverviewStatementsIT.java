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
 * Acceptance 6: the overview is served by the same number of SQL statements with 10 and with 1,000
 * attendance records. PostgreSQL's own pg_stat_statements counts what case-service's role ran.
 */
class OverviewStatementsIT {

  private final Fixtures f = new Fixtures();

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
    long withMany = statementsFor(many);
    System.out.printf(
        "overview statements: %d with 10 attendance rows, %d with 1,000%n", withFew, withMany);
    assertEquals(withFew, withMany);
    assertTrue(withFew <= 8, "a handful of statements, not one per row: " + withFew);
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
      try (ResultSet rs =
          s.executeQuery(
              "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements p"
                  + " JOIN pg_roles r ON r.oid = p.userid"
                  + " WHERE r.rolname = 'stepwise' AND p.dbid ="
                  + " (SELECT oid FROM pg_database WHERE datname = current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
