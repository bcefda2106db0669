package org.stepwise.cases.domain.model.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.toxicology.TestResult;

/** The rules that raise a client's flags. Only clients in active aftercare are flagged. */
public final class FlagRules {

  static final Duration NO_ATTENDANCE_WINDOW = Duration.ofDays(7);

  /**
   * The window in early recovery: a meeting every day is the usual advice for the first 90 days, so
   * three days without one is already a break in the routine that protects the client.
   */
  static final Duration EARLY_NO_ATTENDANCE_WINDOW = Duration.ofDays(3);

  /** How far back a logged lapse or relapse stays on the caseload row. */
  static final int USE_LOGGED_DAYS = 30;

  static final int STEP_DOWN_DUE_DAYS = 7;

  private FlagRules() {}

  public static Set<Flag> flags(FlagInputs in, LocalDate today, Instant now) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (in.status() != ClientStatus.ACTIVE) {
      return flags;
    }
    if (in.alerts().selfHarmThoughts()) {
      flags.add(Flag.SELF_HARM_THOUGHTS_REPORTED);
    }
    if (in.alerts().consentExpiring()) {
      flags.add(Flag.CONSENT_EXPIRING);
    }
    if (in.alerts().summaryNotSent()) {
      flags.add(Flag.SUMMARY_NOT_SENT);
    }
    if (in.alerts().summaryUnacknowledged()) {
      flags.add(Flag.SUMMARY_UNACKNOWLEDGED);
    }
    Set<TestResult> tests = in.alerts().drugTestConcerns();
    if (tests.contains(TestResult.POSITIVE)) {
      flags.add(Flag.POSITIVE_DRUG_TEST);
    }
    if (tests.contains(TestResult.REFUSED)) {
      flags.add(Flag.REFUSED_DRUG_TEST);
    }
    if (tests.contains(TestResult.MISSED)) {
      flags.add(Flag.MISSED_DRUG_TEST);
    }
    boolean meetingsRequired = in.meetingsPerWeek() != null && in.meetingsPerWeek() > 0;
    if (meetingsRequired && in.attendedLastWeek() < in.meetingsPerWeek()) {
      flags.add(Flag.BELOW_MEETING_REQUIREMENT_LAST_WEEK);
      if (in.attendedWeekBefore() < in.meetingsPerWeek()) {
        flags.add(Flag.BELOW_MEETING_REQUIREMENT_TWO_WEEKS);
      }
    }
    boolean early = in.recovery().earlyRecovery(today);
    if (early) {
      flags.add(Flag.EARLY_RECOVERY);
    }
    if (meetingsRequired && notSince(in.lastAttended(), now.minus(NO_ATTENDANCE_WINDOW))) {
      flags.add(Flag.NO_ATTENDANCE_7_DAYS);
    }
    if (meetingsRequired
        && early
        && notSince(in.lastAttended(), now.minus(EARLY_NO_ATTENDANCE_WINDOW))) {
      flags.add(Flag.NO_ATTENDANCE_3_DAYS);
    }
    if (recent(in.recovery().lastLapse(), today)) {
      flags.add(Flag.LAPSE_LOGGED);
    }
    if (recent(in.recovery().lastRelapse(), today)) {
      flags.add(Flag.RELAPSE_LOGGED);
    }
    if (in.aftercare().missedPsychiatricCheckIn()) {
      flags.add(Flag.MISSED_PSYCHIATRIC_CHECK_IN);
    }
    if (in.aftercare().twoMissedTherapySessions()) {
      flags.add(Flag.TWO_MISSED_THERAPY_SESSIONS);
    }
    LocalDate target = in.stepDownTargetDate();
    if (target != null) {
      if (target.isBefore(today)) {
        flags.add(Flag.STEP_DOWN_OVERDUE);
      } else if (!target.isAfter(today.plusDays(STEP_DOWN_DUE_DAYS))) {
        flags.add(Flag.STEP_DOWN_DUE);
      }
    }
    if (in.goalsPastTarget() > 0) {
      flags.add(Flag.GOAL_PAST_TARGET);
    }
    return flags;
  }

  private static boolean notSince(Instant last, Instant since) {
    return last == null || last.isBefore(since);
  }

  private static boolean recent(LocalDate logged, LocalDate today) {
    return logged != null && logged.isAfter(today.minusDays(USE_LOGGED_DAYS));
  }
}
