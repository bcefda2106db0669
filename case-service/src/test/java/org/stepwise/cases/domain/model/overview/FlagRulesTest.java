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
import org.stepwise.cases.domain.model.toxicology.TestResult;

class FlagRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");

  /** A client a year into recovery, never stepped down, nothing in the trigger log. */
  private static final RecoveryFacts SETTLED =
      new RecoveryFacts(TODAY.minusYears(1), null, null, null);

  private static Set<Flag> flags(
      Integer perWeek, long lastWeek, Instant last, LocalDate target, long goals) {
    return flags(perWeek, last, SETTLED, lastWeek, target, goals);
  }

  private static Set<Flag> flags(
      Integer perWeek,
      Instant last,
      RecoveryFacts recovery,
      long lastWeek,
      LocalDate target,
      long goals) {
    // the week before met the requirement, unless a test says otherwise
    return flags(perWeek, last, recovery, lastWeek, perWeek == null ? 0 : perWeek, target, goals);
  }

  private static Set<Flag> flags(
      Integer perWeek,
      Instant last,
      RecoveryFacts recovery,
      long lastWeek,
      long weekBefore,
      LocalDate target,
      long goals) {
    return FlagRules.flags(
        new FlagInputs(
            ClientStatus.ACTIVE,
            perWeek,
            lastWeek,
            weekBefore,
            last,
            target,
            goals,
            recovery,
            AftercareFacts.NONE,
            AlertFacts.NONE),
        TODAY,
        NOW);
  }

  private static Set<Flag> recovery(Instant last, RecoveryFacts recovery) {
    return flags(3, last, recovery, 3, null, 0);
  }

  @Test
  void theFirst90DaysOfRecoveryOrOfAStepDownAreEarlyRecovery() {
    Instant yesterday = NOW.minusSeconds(86400);
    assertEquals(
        Set.of(Flag.EARLY_RECOVERY),
        recovery(yesterday, new RecoveryFacts(TODAY.minusDays(89), null, null, null)));
    assertEquals(
        Set.of(), recovery(yesterday, new RecoveryFacts(TODAY.minusDays(90), null, null, null)));
    assertEquals(
        Set.of(Flag.EARLY_RECOVERY),
        recovery(
            yesterday, new RecoveryFacts(TODAY.minusYears(1), TODAY.minusDays(10), null, null)),
        "a step-down restarts the early clock");
    assertEquals(
        Set.of(),
        recovery(
            yesterday, new RecoveryFacts(TODAY.minusYears(1), TODAY.minusDays(90), null, null)));
  }

  @Test
  void inEarlyRecoveryThreeDaysWithoutAMeetingRaiseTheStricterFlag() {
    RecoveryFacts early = new RecoveryFacts(TODAY.minusDays(20), null, null, null);
    Instant fourDaysAgo = NOW.minusSeconds(4 * 86400);
    assertEquals(
        Set.of(Flag.EARLY_RECOVERY, Flag.NO_ATTENDANCE_3_DAYS), recovery(fourDaysAgo, early));
    assertEquals(Set.of(), recovery(fourDaysAgo, SETTLED), "seven days for everyone else");
    assertEquals(
        Set.of(Flag.EARLY_RECOVERY),
        recovery(NOW.minusSeconds(2 * 86400), early),
        "two days is within the threshold");
    assertEquals(
        Set.of(Flag.EARLY_RECOVERY, Flag.NO_ATTENDANCE_3_DAYS, Flag.NO_ATTENDANCE_7_DAYS),
        recovery(NOW.minusSeconds(8 * 86400), early));
  }

  @Test
  void aLapseOrRelapseLoggedInTheLast30DaysIsFlagged() {
    Instant yesterday = NOW.minusSeconds(86400);
    assertEquals(
        Set.of(Flag.LAPSE_LOGGED),
        recovery(
            yesterday, new RecoveryFacts(TODAY.minusYears(1), null, TODAY.minusDays(29), null)));
    assertEquals(
        Set.of(),
        recovery(
            yesterday, new RecoveryFacts(TODAY.minusYears(1), null, TODAY.minusDays(30), null)));
    assertEquals(
        Set.of(Flag.RELAPSE_LOGGED),
        recovery(yesterday, new RecoveryFacts(TODAY.minusYears(1), null, null, TODAY)));
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
  void missedAftercareAppointmentsSelfHarmThoughtsAnExpiringConsentAndDrugTestsAreFlagged() {
    assertEquals(
        Set.of(
            Flag.MISSED_PSYCHIATRIC_CHECK_IN,
            Flag.TWO_MISSED_THERAPY_SESSIONS,
            Flag.SELF_HARM_THOUGHTS_REPORTED,
            Flag.CONSENT_EXPIRING,
            Flag.SUMMARY_NOT_SENT,
            Flag.SUMMARY_UNACKNOWLEDGED,
            Flag.POSITIVE_DRUG_TEST,
            Flag.REFUSED_DRUG_TEST,
            Flag.MISSED_DRUG_TEST),
        FlagRules.flags(
            new FlagInputs(
                ClientStatus.ACTIVE,
                null,
                0,
                0,
                null,
                null,
                0,
                SETTLED,
                new AftercareFacts(true, true),
                new AlertFacts(true, true, true, true, java.util.EnumSet.allOf(TestResult.class))),
            TODAY,
            NOW));
  }

  @Test
  void onlyActiveClientsAreFlagged() {
    assertEquals(
        Set.of(),
        FlagRules.flags(
            new FlagInputs(
                ClientStatus.DISCHARGED,
                3,
                0,
                0,
                null,
                TODAY.minusDays(3),
                1,
                new RecoveryFacts(TODAY.minusDays(3), null, TODAY, TODAY),
                new AftercareFacts(true, true),
                new AlertFacts(true, true, true, true, java.util.EnumSet.allOf(TestResult.class))),
            TODAY,
            NOW));
  }

  @Test
  void belowTheRequirementTwoWeeksRunningIsAFlagOfItsOwn() {
    Instant yesterday = NOW.minusSeconds(86400);
    assertEquals(
        Set.of(Flag.BELOW_MEETING_REQUIREMENT_LAST_WEEK, Flag.BELOW_MEETING_REQUIREMENT_TWO_WEEKS),
        flags(3, yesterday, SETTLED, 2, 1, null, 0));
    assertEquals(
        Set.of(Flag.BELOW_MEETING_REQUIREMENT_LAST_WEEK),
        flags(3, yesterday, SETTLED, 2, 3, null, 0),
        "the week before met it");
    assertEquals(Set.of(), flags(3, yesterday, SETTLED, 3, 0, null, 0), "last week met it");
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
