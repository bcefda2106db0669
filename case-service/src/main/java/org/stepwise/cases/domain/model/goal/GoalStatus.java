package org.stepwise.cases.domain.model.goal;

/** Where a goal stands. ACHIEVED and ABANDONED are final. */
public enum GoalStatus {
  PLANNED,
  IN_PROGRESS,
  ACHIEVED,
  ABANDONED;

  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
