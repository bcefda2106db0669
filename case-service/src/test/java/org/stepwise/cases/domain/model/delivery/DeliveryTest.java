package org.stepwise.cases.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.Conflict;

class DeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(60));
  private static final UUID LEASE = UUID.randomUUID();

  private static Delivery pending(int attempts, UUID lease) {
    return new Delivery(
        1, DeliveryStatus.PENDING, null, attempts, NOW, lease, NOW, null, null, null);
  }

  private static DeliveryAttempt attempt(AttemptOutcome outcome) {
    return new DeliveryAttempt(NOW, outcome, 503, "clinic answered 503", "routes");
  }

  @Test
  void retriesBackOffThenFail() {
    DeliveryChange first =
        pending(0, LEASE).report(LEASE, attempt(AttemptOutcome.RETRY), POLICY).orElseThrow();
    assertEquals(DeliveryStatus.PENDING, first.to());
    assertEquals(NOW.plusSeconds(60), first.nextAttemptAt());
    DeliveryChange second =
        pending(1, LEASE).report(LEASE, attempt(AttemptOutcome.RETRY), POLICY).orElseThrow();
    assertEquals(NOW.plusSeconds(120), second.nextAttemptAt());
    DeliveryChange last =
        pending(2, LEASE).report(LEASE, attempt(AttemptOutcome.RETRY), POLICY).orElseThrow();
    assertEquals(DeliveryStatus.FAILED, last.to());
    assertEquals(3, last.attempts());
  }

  @Test
  void aChangeIsGuardedByTheStateItWasDecidedOn() {
    Delivery read = pending(1, LEASE);
    DeliveryChange change =
        read.report(LEASE, attempt(AttemptOutcome.REFUSED), POLICY).orElseThrow();
    assertEquals(read, change.from());
    assertEquals(DeliveryStatus.FAILED, change.to());
  }

  @Test
  void onlyTheLeaseHolderMayReportAFailureButADeliveryCountsFromAnyone() {
    Delivery held = pending(0, UUID.randomUUID());
    Conflict lost =
        assertThrows(
            Conflict.class, () -> held.report(LEASE, attempt(AttemptOutcome.RETRY), POLICY));
    assertEquals("LEASE_LOST", lost.violations().get(0).code());
    assertEquals(
        DeliveryStatus.DELIVERED,
        held.report(LEASE, attempt(AttemptOutcome.DELIVERED), POLICY).orElseThrow().to());
  }

  @Test
  void aDeliveredReportAgainChangesNothingAndAnythingElseIsRefused() {
    Delivery delivered =
        new Delivery(1, DeliveryStatus.DELIVERED, null, 1, null, null, null, NOW, null, null);
    assertTrue(delivered.report(LEASE, attempt(AttemptOutcome.DELIVERED), POLICY).isEmpty());
    assertThrows(
        Conflict.class, () -> delivered.report(LEASE, attempt(AttemptOutcome.RETRY), POLICY));
  }

  @Test
  void aConfirmationAfterRevocationIsItsOwnStatusAndNothingElseFollows() {
    Delivery revoked =
        new Delivery(
            1, DeliveryStatus.WITHHELD, "CONSENT_REVOKED", 0, null, LEASE, NOW, null, null, NOW);
    DeliveryChange late =
        revoked.report(LEASE, attempt(AttemptOutcome.DELIVERED), POLICY).orElseThrow();
    assertEquals(DeliveryStatus.DELIVERED_AFTER_REVOCATION, late.to());
    assertTrue(late.disclosedAfterRevocation());
    assertThrows(
        Conflict.class, () -> revoked.report(LEASE, attempt(AttemptOutcome.RETRY), POLICY));
  }
}
