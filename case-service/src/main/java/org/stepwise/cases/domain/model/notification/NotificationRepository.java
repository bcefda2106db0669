package org.stepwise.cases.domain.model.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Notifications: made from the attention items (once per item and kind), claimed by the routes
 * under a lease, reported sent.
 */
public interface NotificationRepository {

  /**
   * Makes the notifications due (an URGENT one for each open urgent item not told of yet; when
   * {@code digestDay} is given, that day's DIGEST for each case manager with items not yet in a
   * digest), then claims up to {@code limit} pending ones whose lease is free. Claims are made one
   * at a time across replicas.
   */
  List<Notification> claim(LocalDate digestDay, Instant now, Duration lease, int limit);

  /** Marks it sent; true when it was pending, false when it was sent already. */
  boolean sent(long id, Instant at);

  boolean exists(long id);
}
