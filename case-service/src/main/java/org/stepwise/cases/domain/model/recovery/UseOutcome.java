package org.stepwise.cases.domain.model.recovery;

/** How a triggering moment ended. */
public enum UseOutcome {
  /** The craving passed without use. */
  NO_USE,
  /** A single use, followed by a return to the plan. */
  LAPSE,
  /** A return to the pattern of use. */
  RELAPSE
}
