package org.stepwise.cases.domain.model.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.stepwise.cases.domain.model.client.ClientStatus;

/** The rules that raise a client's flags. Only clients in active aftercare are flagged. */
public final class FlagRules {

  static final Duration NO_ATTENDANCE_WINDOW = Duration.ofDays(7);
  static final int STEP_DOWN_DUE_DAYS = 7;

  private FlagRules() {}

  public static Set<Flag> flags(FlagInputs in, LocalDate today, Instant now) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (in.status() != ClientStatus.ACTIVE) {
      return flags;
    }
    boolean meetingsRequired = in.meetingsPerWeek() != null && in.meetingsPerWeek() > 0;
    if (meetingsRequired && in.attendedLastWeek() < in.meetingsPerWeek()) {
      flags.add(Flag.BELOW_MEETING_REQUIREMENT_LAST_WEEK);
    }
    if (meetingsRequired
        && (in.lastAttended() == null
            || in.lastAttended().isBefore(now.minus(NO_ATTENDANCE_WINDOW)))) {
      flags.add(Flag.NO_ATTENDANCE_7_DAYS);
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
}
