package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/** Acceptance 5: every read of a client writes an audit event, from one interceptor. */
class AuditIT {

  private final Fixtures f = new Fixtures();

  @Test
  void everyReadOfAClientWritesAnAuditEvent() throws Exception {
    String family = Fixtures.unique("Audit");
    long client = f.client(family);
    String cm = f.token(DemoUser.CM_RIVERA);
    List<String> reads =
        List.of(
            "/api/v1/clients/" + client,
            "/api/v1/clients/" + client + "/overview",
            "/api/v1/clients/" + client + "/transitions",
            "/api/v1/clients/" + client + "/goals",
            "/api/v1/clients/" + client + "/notes",
            "/api/v1/clients/" + client + "/attendance",
            "/api/v1/clients/" + client + "/residencies",
            "/api/v1/clients?name=" + family);
    for (String path : reads) {
      long before = events(client, "READ", "SUCCESS");
      expect(200, f.api.get(path, cm));
      assertEquals(before + 1, events(client, "READ", "SUCCESS"), "one READ event for " + path);
    }
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT subject, username, roles, origin, occurred_at FROM audit_event"
                    + " WHERE client_id = ? AND action = 'READ' ORDER BY id DESC LIMIT 1")) {
      s.setLong(1, client);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals("0b6f3c4e-1c1a-4d0e-9a11-000000000001", rs.getString("subject"));
        assertEquals("cm.rivera", rs.getString("username"));
        assertEquals("case-manager", rs.getString("roles"));
        assertTrue(rs.getString("origin").length() > 0);
      }
    }
  }

  @Test
  void aReadOutsideTheCaseloadIsAnsweredAsNotFoundAndAudited() throws Exception {
    long client = f.client(Fixtures.unique("Other"));
    long before = events(client, "DENIED", "DENIED");
    ApiClient.Response denied = f.api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_PATEL));
    assertEquals(404, denied.status());
    assertEquals(
        before + 1, events(client, "DENIED", "DENIED"), "a denial, though the caller sees 404");
    assertEquals(0, events(client, "READ", "NOT_FOUND"));
  }

  @Test
  void refusalsAtTheDoorAreAuditedToo() {
    long client = f.client(Fixtures.unique("Door"));
    assertEquals(
        403,
        f.api.get("/api/v1/clients/" + client + "/overview", f.token(DemoUser.DR_CHEN)).status());
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE client_id = ? AND username = 'dr.chen'"
                + " AND action = 'DENIED' AND outcome = 'DENIED'"
                + " AND operation = 'OverviewResource.overview'",
            client));
    long invalid =
        f.count("SELECT count(*) FROM audit_event WHERE operation = 'invalid bearer token'");
    // an address of its own: refusals are counted per address, and other tests' forged tokens
    // from loopback may have used this minute's allowance (RefusedTokens)
    String from = "192.0.2." + (System.nanoTime() % 250 + 1);
    assertEquals(
        401,
        f.api
            .send(
                "GET",
                "/api/v1/clients/" + client,
                "not-a-token",
                null,
                java.util.Map.of("X-Forwarded-For", from))
            .status());
    assertEquals(
        invalid + 1,
        f.count("SELECT count(*) FROM audit_event WHERE operation = 'invalid bearer token'"));
  }

  @Test
  void changesAreAuditedAndTheApplicationsRoleCannotChangeOrDeleteTheTrail() throws Exception {
    long client = f.client(Fixtures.unique("Trail"));
    assertEquals(1, events(client, "CREATE", "SUCCESS"));
    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "UPDATE audit_event SET outcome = 'DENIED' WHERE client_id = " + client));
      assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM audit_event WHERE client_id = " + client));
    }
    assertEquals(1, events(client, "CREATE", "SUCCESS"));
  }

  /** A change is audited once, as what was done: not also as a read of what it answers. */
  @Test
  void aGoalStatusChangeIsOneUpdateAndNoRead() {
    long client = f.client(Fixtures.unique("Goal"));
    String cm = f.token(org.stepwise.platform.DemoUser.CM_RIVERA);
    long goal =
        Fixtures.expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/goals",
                    cm,
                    "{\"domain\":\"EMPLOYMENT\",\"statement\":\"Find work\"}"))
            .object()
            .getJsonNumber("id")
            .longValue();
    long reads = events(client, "READ", "SUCCESS");
    var changed =
        Fixtures.expect(
                200,
                f.api.post(
                    "/api/v1/clients/" + client + "/goals/" + goal + "/status",
                    cm,
                    "{\"status\":\"ACHIEVED\"}"))
            .object();
    assertEquals("ACHIEVED", changed.getString("status"));
    assertEquals(reads, events(client, "READ", "SUCCESS"), "no READ for a status change");
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'UPDATE'"
                + " AND record_type = 'goal' AND record_id = ?",
            client,
            Long.toString(goal)));
  }

  private long events(long client, String action, String outcome) {
    return f.count(
        "SELECT count(*) FROM audit_event WHERE client_id = ? AND action = ? AND outcome = ?",
        client,
        action,
        outcome);
  }
}
