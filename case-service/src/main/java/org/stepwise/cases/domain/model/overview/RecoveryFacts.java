package org.stepwise.cases.domain.model.overview;

import java.time.LocalDate;

/**
 * The recovery dates the flags read: when recovery started, the last step-down in force, and the
 * last lapse and relapse the trigger log holds (entries in force). Any may be null.
 */
public record RecoveryFacts(
    LocalDate recoveryStart, LocalDate lastStepDown, LocalDate lastLapse, LocalDate lastRelapse) {

  /** How long "early recovery" lasts on either clock. */
  public static final int EARLY_DAYS = 90;

  /** Within the first {@value #EARLY_DAYS} days of recovery or of the last step-down. */
  public boolean earlyRecovery(LocalDate today) {
    return within(recoveryStart, today) || within(lastStepDown, today);
  }

  private static boolean within(LocalDate start, LocalDate today) {
    return start != null && !start.isAfter(today) && start.plusDays(EARLY_DAYS).isAfter(today);
  }
}
