package org.stepwise.cases.domain.model.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.summary.Period;

class CadenceTest {

  @Test
  void weeklyIsTheLastFullMondayToSunday() {
    // Sunday 2026-11-22: the week of the 16th is not over yet
    assertEquals(
        new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)),
        Cadence.WEEKLY.lastCompletePeriod(LocalDate.of(2026, 11, 22)));
    assertEquals(
        new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)),
        Cadence.WEEKLY.lastCompletePeriod(LocalDate.of(2026, 11, 23)));
  }

  @Test
  void fortnightsAreTheSameForEveryRun() {
    Period a = Cadence.FORTNIGHTLY.lastCompletePeriod(LocalDate.of(2026, 11, 22));
    Period b = Cadence.FORTNIGHTLY.lastCompletePeriod(LocalDate.of(2026, 11, 20));
    assertEquals(a, b);
    assertEquals(13, a.end().toEpochDay() - a.start().toEpochDay());
    assertEquals(java.time.DayOfWeek.MONDAY, a.start().getDayOfWeek());
  }

  @Test
  void monthlyIsThePreviousCalendarMonth() {
    assertEquals(
        new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
        Cadence.MONTHLY.lastCompletePeriod(LocalDate.of(2026, 11, 1)));
  }
}
