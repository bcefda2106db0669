package org.stepwise.cases.domain.model.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.client.ClientStatus;

class FlagRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");

  private static Set<Flag> flags(
      Integer perWeek, long lastWeek, Instant last, LocalDate target, long goals) {
    return FlagRules.flags(
        new FlagInputs(ClientStatus.ACTIVE, perWeek, lastWeek, last, target, goals), TODAY, NOW);
  }

  @Test
  void eachFlagHasItsRule() {
    assertEquals(
        EnumSet.noneOf(Flag.class), flags(3, 3, NOW.minusSeconds(3600), TODAY.plusDays(8), 0));
    assertEquals(
        Set.of(Flag.BELOW_MEETING_REQUIREMENT_LAST_WEEK),
        flags(3, 2, NOW.minusSeconds(3600), null, 0));
    assertEquals(
        Set.of(Flag.NO_ATTENDANCE_7_DAYS), flags(3, 3, NOW.minusSeconds(8 * 86400), null, 0));
    assertEquals(Set.of(Flag.NO_ATTENDANCE_7_DAYS), flags(3, 3, null, null, 0));
    assertEquals(Set.of(Flag.STEP_DOWN_DUE), flags(null, 0, null, TODAY.plusDays(7), 0));
    assertEquals(Set.of(Flag.STEP_DOWN_DUE), flags(null, 0, null, TODAY, 0));
    assertEquals(Set.of(Flag.STEP_DOWN_OVERDUE), flags(null, 0, null, TODAY.minusDays(1), 0));
    assertEquals(Set.of(Flag.GOAL_PAST_TARGET), flags(null, 0, null, null, 2));
    assertEquals(Set.of(), flags(0, 0, null, null, 0), "no requirement, no meeting flags");
  }

  @Test
  void onlyActiveClientsAreFlagged() {
    assertEquals(
        Set.of(),
        FlagRules.flags(
            new FlagInputs(ClientStatus.DISCHARGED, 3, 0, null, TODAY.minusDays(3), 1),
            TODAY,
            NOW));
  }

  @Test
  void weeksRunMondayToSundayInTheProgramZone() {
    ReportingWeeks weeks = ReportingWeeks.endingBefore(TODAY, 4, ZoneId.of("America/New_York"));
    assertEquals(
        List.of(
            LocalDate.of(2026, 10, 19),
            LocalDate.of(2026, 10, 26),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 9)),
        weeks.weekStarts());
    assertEquals(LocalDate.of(2026, 11, 16), weeks.currentWeekStart());
    assertEquals(Instant.parse("2026-11-16T05:00:00Z"), weeks.startOf(weeks.currentWeekStart()));
  }
}
