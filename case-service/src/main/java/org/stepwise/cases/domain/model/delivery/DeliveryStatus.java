package org.stepwise.cases.domain.model.delivery;

/** Where a summary's delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its next attempt, or leased to the poller making it. */
  PENDING,
  DELIVERED,
  /** Refused by the clinic, or out of attempts: waits for an admin. */
  FAILED,
  /** Nothing leaves: no active consent covers the recipient (the reason says which way). */
  WITHHELD,
  /**
   * The consent was revoked while a poller held the document, and the clinic then confirmed
   * receipt: a disclosure after revocation, audited and listed for the program admin.
   */
  DELIVERED_AFTER_REVOCATION
}
