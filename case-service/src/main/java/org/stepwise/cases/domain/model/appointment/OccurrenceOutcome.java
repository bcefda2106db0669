package org.stepwise.cases.domain.model.appointment;

/** How one scheduled appointment went. */
public enum OccurrenceOutcome {
  KEPT,
  MISSED,
  CANCELLED_BY_PROVIDER,
  CANCELLED_BY_CLIENT,
  RESCHEDULED;

  /** Whether it counts for or against the client: the provider's cancellations and moves do not. */
  public boolean counts() {
    return this != CANCELLED_BY_PROVIDER && this != RESCHEDULED;
  }
}
