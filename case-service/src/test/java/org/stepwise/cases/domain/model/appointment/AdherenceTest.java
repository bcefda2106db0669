package org.stepwise.cases.domain.model.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.RuleViolation;

class AdherenceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  /** Weekly therapy that started 12 weeks ago today: scheduled on every Thursday since. */
  private static final AppointmentSeries WEEKLY =
      new AppointmentSeries(
          1L,
          7,
          AppointmentKind.THERAPY,
          "Dr. Ruiz",
          1,
          RecurrenceUnit.WEEKS,
          TODAY.minusWeeks(12),
          null,
          26,
          false);

  private static Occurrence on(int weeksAgo, OccurrenceOutcome outcome) {
    return new Occurrence(1L, TODAY.minusWeeks(weeksAgo), outcome, "cm", Instant.EPOCH);
  }

  @Test
  void adherenceIsKeptOverKeptMissedAndClientCancellationsInTheWindow() {
    List<Occurrence> seeded =
        List.of(
            on(1, OccurrenceOutcome.KEPT),
            on(2, OccurrenceOutcome.MISSED),
            on(3, OccurrenceOutcome.CANCELLED_BY_PROVIDER),
            // week 4 ago is the first day outside the 4-week window (which starts 4 weeks less a
            // day ago)
            on(4, OccurrenceOutcome.MISSED),
            on(5, OccurrenceOutcome.KEPT),
            on(6, OccurrenceOutcome.KEPT),
            on(7, OccurrenceOutcome.CANCELLED_BY_CLIENT),
            on(8, OccurrenceOutcome.KEPT),
            on(9, OccurrenceOutcome.KEPT),
            on(10, OccurrenceOutcome.KEPT),
            on(11, OccurrenceOutcome.KEPT));
    Adherence four = Adherence.over(4, TODAY, List.of(WEEKLY), seeded);
    assertEquals(1, four.kept());
    assertEquals(1, four.missed());
    assertEquals(1, four.excused());
    assertEquals(0, four.unrecorded());
    assertEquals(0.5, four.rate());

    Adherence twelve = Adherence.over(12, TODAY, List.of(WEEKLY), seeded);
    assertEquals(7, twelve.kept());
    assertEquals(2, twelve.missed());
    assertEquals(1, twelve.cancelledByClient());
    assertEquals(1, twelve.excused());
    assertEquals(0, twelve.unrecorded(), "12 weeks ago is outside; today may still happen");
    assertEquals(0.7, twelve.rate());
  }

  @Test
  void scheduledDaysWithNothingRecordedAreCountedAsUnrecorded() {
    Adherence none = Adherence.over(4, TODAY, List.of(WEEKLY), List.of());
    assertEquals(3, none.unrecorded(), "1, 2 and 3 weeks ago");
    assertNull(none.rate(), "no rate without a recorded appointment");
  }

  @Test
  void aSeriesSchedulesEveryNDaysOrWeeksFromItsStartToItsEnd() {
    AppointmentSeries fortnightly =
        new AppointmentSeries(
            2L,
            7,
            AppointmentKind.PSYCHIATRY,
            "Dr. Lee",
            2,
            RecurrenceUnit.WEEKS,
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 12, 14),
            null,
            true);
    assertEquals(
        List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14)),
        fortnightly.scheduledBetween(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 31)));
    assertTrue(fortnightly.scheduledOn(LocalDate.of(2026, 11, 30)));
    assertFalse(fortnightly.scheduledOn(LocalDate.of(2026, 11, 23)));
    assertEquals(TODAY.minusWeeks(12).plusWeeks(26), WEEKLY.minimumMetOn());
    assertThrows(
        RuleViolation.class,
        () ->
            new AppointmentSeries(
                null,
                7,
                AppointmentKind.THERAPY,
                "x",
                1,
                RecurrenceUnit.WEEKS,
                TODAY,
                null,
                null,
                true));
  }
}
