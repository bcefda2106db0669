package org.stepwise.cases.domain.model.attention;

/** How soon someone should act, most urgent first. */
public enum Severity {
  URGENT,
  HIGH,
  NORMAL
}
