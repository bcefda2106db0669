package org.stepwise.cases.domain.model.delivery;

import java.util.List;
import org.stepwise.cases.domain.model.summary.ProgressSummary;

/**
 * A summary with where its delivery stands, the attempts made (the log only for one read) and the
 * clinic's acknowledgement (null until there is one).
 */
public record TrackedSummary(
    ProgressSummary summary,
    Delivery delivery,
    List<DeliveryAttempt> log,
    Acknowledgement acknowledgement) {

  public long id() {
    return summary.id();
  }

  public long clientId() {
    return summary.clientId();
  }

  /** The consent it was (or would have been) sent under; audit events of a disclosure name it. */
  public Long consentId() {
    return summary.consentId();
  }
}
