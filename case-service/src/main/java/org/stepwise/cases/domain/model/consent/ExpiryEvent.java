package org.stepwise.cases.domain.model.consent;

/** An event on which a consent expires (§2.31(a)(6)), instead of or besides a date. */
public enum ExpiryEvent {
  /** The client is discharged from the program. */
  END_OF_TREATMENT
}
