package org.stepwise.cases.domain.model.summary;

/** Where a summary's delivery stands. */
public enum SummaryStatus {
  PENDING,
  DELIVERED,
  FAILED,
  /** Nothing leaves: no active consent covers the recipient (the reason says which way). */
  WITHHELD
}
