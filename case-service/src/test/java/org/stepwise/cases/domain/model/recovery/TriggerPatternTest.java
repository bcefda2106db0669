package org.stepwise.cases.domain.model.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.recovery.TriggerPattern.Count;
import org.stepwise.cases.domain.model.recovery.TriggerPattern.CravingTrend;
import org.stepwise.cases.domain.shared.RuleViolation;

class TriggerPatternTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final AtomicLong IDS = new AtomicLong();

  private static TriggerLogEntry entry(
      int daysAgo, TriggerCategory category, Set<HaltState> halt, int craving, UseOutcome outcome) {
    return new TriggerLogEntry(
        IDS.incrementAndGet(),
        7,
        TODAY.minusDays(daysAgo),
        category,
        "situation",
        null,
        halt,
        craving,
        true,
        null,
        outcome,
        null,
        null,
        "cm",
        Instant.EPOCH);
  }

  @Test
  void theLast30DaysShowTheMostFrequentTriggersAndHaltStatesAndTheCravingTrend() {
    List<TriggerLogEntry> log =
        List.of(
            entry(30, TriggerCategory.PLACES, Set.of(HaltState.ANGRY), 9, UseOutcome.RELAPSE),
            entry(28, TriggerCategory.PEOPLE, Set.of(HaltState.LONELY), 2, UseOutcome.NO_USE),
            entry(
                25,
                TriggerCategory.FEELINGS,
                Set.of(HaltState.LONELY, HaltState.TIRED),
                3,
                UseOutcome.NO_USE),
            entry(10, TriggerCategory.PEOPLE, Set.of(HaltState.LONELY), 6, UseOutcome.NO_USE),
            entry(3, TriggerCategory.PEOPLE, Set.of(), 7, UseOutcome.LAPSE),
            entry(0, TriggerCategory.FEELINGS, Set.of(HaltState.TIRED), 8, UseOutcome.NO_USE));
    TriggerPattern p = TriggerPattern.of(log, TODAY);
    assertEquals(TODAY.minusDays(29), p.from());
    assertEquals(5, p.entries(), "the entry 30 days ago is outside the window");
    assertEquals(
        List.of(new Count<>(TriggerCategory.PEOPLE, 3), new Count<>(TriggerCategory.FEELINGS, 2)),
        p.categories());
    assertEquals(
        List.of(new Count<>(HaltState.LONELY, 3), new Count<>(HaltState.TIRED, 2)), p.haltStates());
    assertEquals(CravingTrend.RISING, p.cravingTrend(), "2.5 on average, then 7");
    assertEquals(1, p.lapses());
    assertEquals(0, p.relapses());
    assertEquals(TODAY.minusDays(28), p.cravings().get(0).on());
  }

  @Test
  void aTrendNeedsTwoEntriesInEachHalf() {
    TriggerPattern p =
        TriggerPattern.of(
            List.of(
                entry(20, TriggerCategory.PLACES, Set.of(), 9, UseOutcome.NO_USE),
                entry(2, TriggerCategory.PLACES, Set.of(), 1, UseOutcome.NO_USE),
                entry(1, TriggerCategory.PLACES, Set.of(), 1, UseOutcome.NO_USE)),
            TODAY);
    assertEquals(CravingTrend.TOO_FEW_ENTRIES, p.cravingTrend());
    TriggerPattern falling =
        TriggerPattern.of(
            List.of(
                entry(20, TriggerCategory.PLACES, Set.of(), 9, UseOutcome.NO_USE),
                entry(19, TriggerCategory.PLACES, Set.of(), 8, UseOutcome.NO_USE),
                entry(2, TriggerCategory.PLACES, Set.of(), 1, UseOutcome.NO_USE),
                entry(1, TriggerCategory.PLACES, Set.of(), 1, UseOutcome.NO_USE)),
            TODAY);
    assertEquals(CravingTrend.FALLING, falling.cravingTrend());
  }

  @Test
  void aCravingIsRatedZeroToTenAndOnlyACorrectionHasAReason() {
    assertThrows(
        RuleViolation.class,
        () -> entry(0, TriggerCategory.PLACES, Set.of(), 11, UseOutcome.NO_USE));
    assertThrows(
        RuleViolation.class,
        () ->
            new TriggerLogEntry(
                null,
                7,
                TODAY,
                TriggerCategory.PLACES,
                "s",
                null,
                Set.of(),
                1,
                false,
                null,
                UseOutcome.NO_USE,
                3L,
                null,
                "cm",
                Instant.EPOCH));
  }
}
