package org.stepwise.cases.domain.model.measure;

/** Where a total falls among an instrument's published ranges. */
public enum Band {
  /** PHQ-9 and GAD-7, 0–4. */
  MINIMAL,
  /** PHQ-9 and GAD-7, 5–9. */
  MILD,
  /** PHQ-9 and GAD-7, 10–14. */
  MODERATE,
  /** PHQ-9, 15–19. */
  MODERATELY_SEVERE,
  /** PHQ-9 20–27, GAD-7 15–21. */
  SEVERE,
  /** BARC-10 below 47, the cut-off associated with sustained remission. */
  BELOW_REMISSION_CUTOFF,
  /** BARC-10 at 47 or above. */
  AT_OR_ABOVE_REMISSION_CUTOFF
}
