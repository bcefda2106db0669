package org.stepwise.cases.domain.model.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.cases.domain.shared.Conflict;

/**
 * The delivery of one progress summary: its status, the attempts made, the lease of the poller that
 * holds it and when the next attempt is due. It changes only through the {@link DeliveryChange}s
 * its methods decide; each change is applied guarded by the state it was decided on, so two reports
 * racing cannot both apply.
 */
public record Delivery(
    long summaryId,
    DeliveryStatus status,
    String statusReason,
    int attempts,
    Instant nextAttemptAt,
    UUID lease,
    Instant leaseExpiresAt,
    Instant deliveredAt,
    String lastError,
    Instant revokedWhileClaimedAt) {

  /**
   * What a reported attempt changes; empty when it changes nothing (the same DELIVERED report again
   * after a lost answer). A report must name the current lease, except a DELIVERED one: the clinic
   * has the document whoever sent it, and that disclosure is recorded.
   *
   * @throws Conflict when the report comes too late to count (lease lost, delivery not pending)
   */
  public Optional<DeliveryChange> report(
      UUID reportedLease, DeliveryAttempt attempt, RetryPolicy policy) {
    boolean delivered = attempt.outcome() == AttemptOutcome.DELIVERED;
    if (delivered
        && (status == DeliveryStatus.DELIVERED
            || status == DeliveryStatus.DELIVERED_AFTER_REVOCATION)) {
      return Optional.empty();
    }
    if (status == DeliveryStatus.WITHHELD
        && revokedWhileClaimedAt != null
        && delivered
        && Objects.equals(lease, reportedLease)) {
      return Optional.of(
          change(DeliveryStatus.DELIVERED_AFTER_REVOCATION, statusReason, attempt, null));
    }
    if (status != DeliveryStatus.PENDING) {
      throw new Conflict("status", "NOT_PENDING", "the delivery is " + status);
    }
    if (!delivered && !Objects.equals(lease, reportedLease)) {
      throw new Conflict(
          "lease", "LEASE_LOST", "another poller holds this delivery now; its report counts");
    }
    return Optional.of(
        switch (attempt.outcome()) {
          case DELIVERED -> change(DeliveryStatus.DELIVERED, null, attempt, null);
          case REFUSED -> change(DeliveryStatus.FAILED, null, attempt, null);
          case RETRY ->
              policy
                  .nextDelay(attempts + 1)
                  .map(
                      wait ->
                          change(
                              DeliveryStatus.PENDING,
                              null,
                              attempt,
                              attempt.attemptedAt().plus(wait)))
                  .orElseGet(() -> change(DeliveryStatus.FAILED, null, attempt, null));
        });
  }

  /** A pending delivery whose consent no longer allows it: nothing leaves. */
  public DeliveryChange withhold(String reason) {
    if (status != DeliveryStatus.PENDING) {
      throw new Conflict("status", "NOT_PENDING", "the delivery is " + status);
    }
    return new DeliveryChange(this, DeliveryStatus.WITHHELD, reason, attempts, null, null, null);
  }

  /** An admin sends a failed delivery again: due now, with a fresh budget of attempts. */
  public DeliveryChange retry(Instant now) {
    if (status != DeliveryStatus.FAILED) {
      throw new Conflict("status", "NOT_FAILED", "only a failed delivery is retried by hand");
    }
    return new DeliveryChange(this, DeliveryStatus.PENDING, null, 0, now, null, lastError);
  }

  private DeliveryChange change(
      DeliveryStatus to, String reason, DeliveryAttempt attempt, Instant next) {
    String error = attempt.outcome() == AttemptOutcome.DELIVERED ? null : attempt.detail();
    return new DeliveryChange(this, to, reason, attempts + 1, next, attempt, error);
  }
}
