package org.stepwise.cases.domain.model.clinic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.stepwise.cases.domain.model.summary.Period;

/** How often a clinic receives summaries, and which period is the latest complete one. */
public enum Cadence {
  /** Monday to Sunday. */
  WEEKLY,
  /** Two weeks from a Monday, counted from 2024-01-01 so that every run agrees on them. */
  FORTNIGHTLY,
  /** A calendar month. */
  MONTHLY;

  private static final LocalDate FORTNIGHT_ANCHOR = LocalDate.of(2024, 1, 1);

  /** The latest period that ended before {@code today}. */
  public Period lastCompletePeriod(LocalDate today) {
    return switch (this) {
      case WEEKLY -> {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Period(monday.minusWeeks(1), monday.minusDays(1));
      }
      case FORTNIGHTLY -> {
        long days = ChronoUnit.DAYS.between(FORTNIGHT_ANCHOR, today);
        LocalDate current = FORTNIGHT_ANCHOR.plusDays(Math.floorDiv(days, 14) * 14);
        yield new Period(current.minusWeeks(2), current.minusDays(1));
      }
      case MONTHLY -> {
        LocalDate first = today.withDayOfMonth(1);
        yield new Period(first.minusMonths(1), first.minusDays(1));
      }
    };
  }
}
