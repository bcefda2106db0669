package org.stepwise.cases.interfaces.rest.delivery;

import java.time.Instant;
import org.stepwise.cases.domain.model.delivery.Delivery;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;

/**
 * What the routes get back for an attempt's outcome: where the delivery stands now, nothing of the
 * summary (they sent the document; they need not receive it, or the client's id, again).
 */
public record OutcomeView(
    long summaryId, String status, int attempts, Instant nextAttemptAt, Instant deliveredAt) {

  static OutcomeView of(TrackedSummary t) {
    Delivery d = t.delivery();
    return new OutcomeView(
        t.summary().id(), d.status().name(), d.attempts(), d.nextAttemptAt(), d.deliveredAt());
  }
}
