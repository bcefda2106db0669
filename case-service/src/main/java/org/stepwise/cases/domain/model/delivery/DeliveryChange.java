package org.stepwise.cases.domain.model.delivery;

import java.time.Instant;

/**
 * One transition of a {@link Delivery}, decided on the state {@code from}: it applies only if the
 * stored delivery still has that status, lease and attempt count (a guarded, atomic update), and
 * with it the attempt that caused it is logged.
 */
public record DeliveryChange(
    Delivery from,
    DeliveryStatus to,
    String statusReason,
    int attempts,
    Instant nextAttemptAt,
    DeliveryAttempt attempt,
    String lastError) {

  /** When the clinic got it, for a change to a delivered status. */
  public Instant deliveredAt() {
    return to == DeliveryStatus.DELIVERED || to == DeliveryStatus.DELIVERED_AFTER_REVOCATION
        ? attempt.attemptedAt()
        : null;
  }

  /** The clinic confirmed receipt although the consent was revoked while it was being sent. */
  public boolean disclosedAfterRevocation() {
    return to == DeliveryStatus.DELIVERED_AFTER_REVOCATION;
  }

  public boolean disclosed() {
    return deliveredAt() != null;
  }
}
