package org.stepwise.cases.domain.model.overview;

import java.time.LocalDate;

/** Meetings attended in one week against the requirement. */
public record WeekAttendance(LocalDate weekStart, long attended, Integer required, Boolean met) {

  public static WeekAttendance of(LocalDate weekStart, long attended, Integer required) {
    return new WeekAttendance(
        weekStart, attended, required, required == null ? null : attended >= required);
  }
}
