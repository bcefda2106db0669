package org.stepwise.cases.domain.model.appointment;

/** The unit of a series' interval. */
public enum RecurrenceUnit {
  DAYS,
  WEEKS
}
