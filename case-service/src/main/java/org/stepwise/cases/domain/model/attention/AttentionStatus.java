package org.stepwise.cases.domain.model.attention;

/** Where an item stands: open, seen by someone, or done with (by hand or because it cleared). */
public enum AttentionStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}
