package org.stepwise.cases.domain.model.toxicology;

/** Why the test was taken. */
public enum TestReason {
  RANDOM,
  SCHEDULED,
  FOR_CAUSE,
  ADMISSION
}
