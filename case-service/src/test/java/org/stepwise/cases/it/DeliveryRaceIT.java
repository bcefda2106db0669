package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * The delivery races, driven deterministically: two reports of the same delivery held at the same
 * row lock and let go in a known order, and a consent revoked while the routes hold the document.
 */
class DeliveryRaceIT {

  private final Fixtures f = new Fixtures();
  private final long clinic = f.clinic("RIVERSIDE", "dr.chen");

  /**
   * Poller A's lease lapses and poller B claims the summary; A then reports DELIVERED and B a
   * RETRY, both reading the delivery before either writes (held at the row lock the test takes).
   * A's report goes first: B's must not turn the delivery back to PENDING (which would send it a
   * second time) and the disclosure is recorded once.
   */
  @Test
  void aLateRetryReportCannotUndoADelivery() throws Exception {
    long summary =
        f.summary(DemoUser.CM_RIVERA, f.consentedClient("ATTENDANCE").client()).getInt("id");
    String leaseA = f.claim(summary);
    Fixtures.pause(5_500); // the test platform's lease is 5 s
    String leaseB = f.claim(summary);
    assertNotEquals(leaseA, leaseB);

    ApiClient.Response[] answers = new ApiClient.Response[2];
    try (Connection db = f.platform.database()) {
      db.setAutoCommit(false);
      lockDelivery(db, summary);
      CompletableFuture<Void> a =
          CompletableFuture.runAsync(
              () -> answers[0] = f.report(summary, leaseA, "DELIVERED", 201));
      awaitWaitingOnLocks(1);
      CompletableFuture<Void> b =
          CompletableFuture.runAsync(() -> answers[1] = f.report(summary, leaseB, "RETRY", 503));
      awaitWaitingOnLocks(2);
      db.commit(); // A was first in the lock's queue, then B
      a.join();
      b.join();
    }
    assertEquals(200, answers[0].status(), answers[0].body());
    assertEquals(409, answers[1].status(), answers[1].body());
    assertEquals("DELIVERED", delivery(summary).getString("status"));
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM delivery_attempt WHERE summary_id = ? AND outcome = 'DELIVERED'",
            summary));
    assertEquals(
        0,
        f.count(
            "SELECT count(*) FROM delivery_attempt WHERE summary_id = ? AND outcome = 'RETRY'",
            summary),
        "the report that lost the race left no trace");
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSE' AND record_id = ?",
            Long.toString(summary)));
    assertFalse(f.drainDue().contains(summary), "a delivered summary was handed out again");
  }

  /** A RETRY on a lease that has lapsed does not count: the poller now holding it decides. */
  @Test
  void aReportOnALapsedLeaseIsRefused() {
    long summary =
        f.summary(DemoUser.CM_RIVERA, f.consentedClient("ATTENDANCE").client()).getInt("id");
    String stale = f.claim(summary);
    Fixtures.pause(5_500);
    String current = f.claim(summary);
    ApiClient.Response late = f.report(summary, stale, "REFUSED", 422);
    assertEquals(409, late.status(), late.body());
    assertTrue(late.body().contains("LEASE_LOST"), late.body());
    assertEquals("PENDING", delivery(summary).getString("status"));
    expect(200, f.report(summary, current, "DELIVERED", 201));
  }

  /**
   * The routes hold the document when the case manager revokes the consent. The clinic then
   * confirms receipt: that is recorded as a disclosure after revocation, audited and listed for the
   * program admin; and a retry report instead is not followed by any further attempt.
   */
  @Test
  void aConsentRevokedWhileTheDocumentIsOutIsFollowedUp() {
    Fixtures.Consented consented = f.consentedClient("ATTENDANCE");
    long client = consented.client();
    long consent = consented.consent();
    long sent = f.summary(DemoUser.CM_RIVERA, client).getInt("id");
    String sentLease = f.claim(sent);
    long retried = f.summary(DemoUser.CM_RIVERA, client).getInt("id");
    String retriedLease = f.claim(retried);
    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + client + "/consents/" + consent + "/revocation",
            f.token(DemoUser.CM_RIVERA),
            "{\"reason\":\"Client withdrew consent\"}"));

    JsonObject after = expect(200, f.report(sent, sentLease, "DELIVERED", 201)).object();
    assertEquals("DELIVERED_AFTER_REVOCATION", after.getString("status"));
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSE' AND record_id = ?"
                + " AND operation = 'DeliveryService.outcome.afterRevocation' AND consent_id = ?",
            Long.toString(sent),
            consent));
    var flagged =
        expect(
                200,
                f.api.get(
                    "/api/v1/deliveries?status=DELIVERED_AFTER_REVOCATION",
                    f.token(DemoUser.ADMIN_OKAFOR)))
            .array();
    assertTrue(flagged.toString().contains("\"id\":" + sent), flagged::toString);

    ApiClient.Response retry = f.report(retried, retriedLease, "RETRY", 503);
    assertEquals(409, retry.status(), retry.body());
    JsonObject withheld = delivery(retried);
    assertEquals("WITHHELD", withheld.getString("status"));
    assertEquals("CONSENT_REVOKED", withheld.getString("statusReason"));
    Fixtures.pause(5_500); // past the lease: still nothing to hand out
    assertFalse(f.drainDue().contains(retried), "a withheld summary was handed out again");
  }

  private JsonObject delivery(long summary) {
    long client = f.count("SELECT client_id FROM progress_summary WHERE id = ?", summary);
    return expect(
            200,
            f.api.get(
                "/api/v1/clients/" + client + "/summaries/" + summary, f.token(DemoUser.CM_RIVERA)))
        .object();
  }

  private static void lockDelivery(Connection db, long summary) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT 1 FROM delivery WHERE summary_id = ? FOR UPDATE")) {
      s.setLong(1, summary);
      s.executeQuery().close();
    }
  }

  /** Until this many of the service's statements wait on a lock (the one the test holds). */
  private void awaitWaitingOnLocks(int n) throws SQLException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    try (Connection db = f.platform.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE '%UPDATE delivery%'")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          if (rs.getInt(1) >= n) {
            return;
          }
        }
        Fixtures.pause(20);
      }
    }
    throw new AssertionError(n + " reports never reached the delivery's row lock");
  }
}
