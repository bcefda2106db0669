package org.stepwise.cases.domain.model.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * How deliveries back off: after attempt n the next one waits base × 2^(n−1), capped at a day;
 * after {@code maxAttempts} the delivery is FAILED and waits for an admin.
 */
public record RetryPolicy(int maxAttempts, Duration base) {

  private static final Duration CAP = Duration.ofDays(1);

  /** The wait before the next attempt after {@code attemptsMade}, or empty when none is left. */
  public Optional<Duration> nextDelay(int attemptsMade) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = base.multipliedBy(1L << Math.min(attemptsMade - 1, 20));
    return Optional.of(delay.compareTo(CAP) > 0 ? CAP : delay);
  }
}
