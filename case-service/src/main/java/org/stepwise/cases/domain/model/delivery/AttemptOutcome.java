package org.stepwise.cases.domain.model.delivery;

/** What one delivery attempt came to, as the routes report it. */
public enum AttemptOutcome {
  /** The clinic has it (including "already had it" for a repeated idempotency key). */
  DELIVERED,
  /** The clinic could not take it now (down, 5xx, 408, 429): worth another attempt later. */
  RETRY,
  /** The clinic refused it (4xx): another attempt would be refused too. */
  REFUSED
}
