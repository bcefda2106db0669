package org.stepwise.cases.domain.model.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where deliveries are kept; every change goes through {@link #apply} or a set-based transition.
 */
public interface DeliveryRepository {

  /** The deliveries of new summaries: PENDING and due now, or WITHHELD with the reason given. */
  void openAll(List<Long> summaryIds, List<String> withheldReasons, Instant now);

  Optional<Delivery> find(long summaryId);

  /**
   * Pending deliveries whose next attempt is due, each leased to this caller for {@code lease}
   * under a new token (due again when the lease runs out) so that a second poller does not take
   * them.
   */
  List<Delivery> claimDue(Instant now, int limit, Duration lease);

  /**
   * Applies a change if the stored delivery is still in the state it was decided on, logging its
   * attempt in the same statement; false when another change came first.
   */
  boolean apply(DeliveryChange change);

  /**
   * The consent was revoked: every pending or failed delivery under it is WITHHELD, and one that a
   * poller holds now is marked as revoked while claimed. Returns how many were withheld.
   */
  int withholdUnderConsent(long consentId, String reason, Instant now);
}
