package org.stepwise.cases.domain.model.toxicology;

/**
 * What a test came to. DILUTE and INVALID are specimens that could not be read; REFUSED and MISSED
 * are tests not taken, which houses and clinicians treat like a positive.
 */
public enum TestResult {
  NEGATIVE,
  POSITIVE,
  DILUTE,
  INVALID,
  REFUSED,
  MISSED;

  /** A specimen was taken and read for substances. */
  public boolean readsSubstances() {
    return this == NEGATIVE || this == POSITIVE || this == DILUTE;
  }
}
