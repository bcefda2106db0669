package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.SharedTestPlatform;

/**
 * Issue 12, acceptance 5: the audit trail is a hash chain that {@code GET /api/v1/audit/verify}
 * recomputes. The schema owner, who can switch the append-only trigger off, edits one event: verify
 * names that event; put back as it was, the chain holds again.
 */
class AuditChainIT {

  private final Fixtures f = new Fixtures();

  @Test
  void anEventEditedBehindTheApplicationsBackBreaksTheChainAtThatEvent() throws Exception {
    long client = f.client(Fixtures.unique("Chain"));
    f.api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_RIVERA));
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    JsonObject before = verify(admin);
    assertTrue(before.getBoolean("intact"), before.toString());
    assertTrue(before.getJsonNumber("events").longValue() > 0);

    long event = lastReadOf(client);
    String operation = operationOf(event);
    try {
      asSchemaOwner(event, "'ClientService.tampered'");
      JsonObject after = verify(admin);
      assertFalse(after.getBoolean("intact"), after.toString());
      assertEquals(event, after.getJsonNumber("brokenAtEvent").longValue(), after.toString());
      assertEquals("EVENT_CHANGED", after.getString("problem"));
    } finally {
      asSchemaOwner(event, "'" + operation.replace("'", "''") + "'");
    }
    JsonObject restored = verify(admin);
    assertTrue(restored.getBoolean("intact"), restored.toString());
    assertNotEquals(before.getString("head"), restored.getString("head"), "the chain grew");

    assertEquals(
        403,
        f.api.get("/api/v1/audit/verify", f.token(DemoUser.CM_RIVERA)).status(),
        "admins only");
  }

  @Test
  void anEventIsChainedWithinSecondsWithoutAVerify() throws Exception {
    long client = f.client(Fixtures.unique("Chained"));
    f.api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_RIVERA));
    long event = lastReadOf(client);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (f.count("SELECT count(*) FROM audit_chain_link WHERE event_id = ?", event) == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("event " + event + " was not chained in 10 s");
      }
      Thread.sleep(100);
    }
    assertEquals(
        0, f.count("SELECT count(*) FROM audit_chain_pending WHERE event_id = ?", event), "noted");
  }

  @Test
  void theApplicationsRoleCannotWriteTheChain() throws Exception {
    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      for (String sql :
          new String[] {
            "UPDATE audit_chain_head SET seq = seq",
            "INSERT INTO audit_chain_link VALUES (-1, -1, ''::bytea, ''::bytea)",
            "DELETE FROM audit_chain_link WHERE seq = -1",
            "DELETE FROM audit_chain_pending",
            "INSERT INTO audit_chain_pending VALUES (-1)"
          }) {
        try {
          s.execute(sql);
          throw new AssertionError("the application's role could run: " + sql);
        } catch (java.sql.SQLException e) {
          assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
      }
    }
  }

  private JsonObject verify(String token) {
    var r = f.api.get("/api/v1/audit/verify", token);
    assertEquals(200, r.status(), r.body());
    return r.object();
  }

  /** The schema owner switches the append-only trigger off, sets the operation and on again. */
  private static void asSchemaOwner(long event, String operationLiteral) throws Exception {
    DatabaseEndpoint db = SharedTestPlatform.get().database();
    try (Connection c =
        DriverManager.getConnection(db.jdbcUrl(), db.migrationUser(), db.migrationPassword())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        s.execute(
            "UPDATE audit_event SET operation = " + operationLiteral + " WHERE id = " + event);
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
      }
      c.commit();
    }
  }

  private long lastReadOf(long client) throws Exception {
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT max(id) FROM audit_event WHERE client_id = ? AND action = 'READ'")) {
      s.setLong(1, client);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private String operationOf(long event) throws Exception {
    try (Connection c = f.platform.database();
        PreparedStatement s =
            c.prepareStatement("SELECT operation FROM audit_event WHERE id = ?")) {
      s.setLong(1, event);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
