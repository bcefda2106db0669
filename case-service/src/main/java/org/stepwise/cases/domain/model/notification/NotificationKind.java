package org.stepwise.cases.domain.model.notification;

/** How a case manager is told: at once for an urgent item, or in the day's digest. */
public enum NotificationKind {
  URGENT,
  DIGEST
}
