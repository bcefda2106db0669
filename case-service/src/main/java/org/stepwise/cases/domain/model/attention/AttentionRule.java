package org.stepwise.cases.domain.model.attention;

import java.util.EnumSet;
import java.util.Set;
import org.stepwise.cases.domain.model.overview.Flag;

/**
 * What makes a client need their case manager now, each rule raised by the flags that show it (the
 * same flags the caseload row carries, so the worklist and the caseload never disagree).
 */
public enum AttentionRule {
  /** The latest PHQ-9 answered item 9 (thoughts of self-harm) above 0: call today. */
  SELF_HARM_THOUGHTS(Severity.URGENT, EnumSet.of(Flag.SELF_HARM_THOUGHTS_REPORTED)),
  /** A lapse or relapse logged in the last 30 days. */
  USE_LOGGED(Severity.HIGH, EnumSet.of(Flag.LAPSE_LOGGED, Flag.RELAPSE_LOGGED)),
  /** No meeting for 7 days, or 3 in the first 90 days. */
  NO_RECENT_ATTENDANCE(
      Severity.HIGH, EnumSet.of(Flag.NO_ATTENDANCE_3_DAYS, Flag.NO_ATTENDANCE_7_DAYS)),
  MISSED_PSYCHIATRIC_CHECK_IN(Severity.HIGH, EnumSet.of(Flag.MISSED_PSYCHIATRIC_CHECK_IN)),
  TWO_MISSED_THERAPY_SESSIONS(Severity.HIGH, EnumSet.of(Flag.TWO_MISSED_THERAPY_SESSIONS)),
  /** A drug test positive (not explained by a prescription), refused or missed in 30 days. */
  DRUG_TEST_RESULT(
      Severity.HIGH,
      EnumSet.of(Flag.POSITIVE_DRUG_TEST, Flag.REFUSED_DRUG_TEST, Flag.MISSED_DRUG_TEST)),
  /** Fewer meetings than the requirement last week and the week before: a pattern, not a slip. */
  BELOW_REQUIREMENT_TWO_WEEKS(
      Severity.NORMAL, EnumSet.of(Flag.BELOW_MEETING_REQUIREMENT_TWO_WEEKS)),
  STEP_DOWN_OVERDUE(Severity.NORMAL, EnumSet.of(Flag.STEP_DOWN_OVERDUE)),
  CONSENT_EXPIRING(Severity.NORMAL, EnumSet.of(Flag.CONSENT_EXPIRING)),
  /** The latest summary to a clinic FAILED or was WITHHELD: the clinic hears nothing. */
  SUMMARY_NOT_SENT(Severity.NORMAL, EnumSet.of(Flag.SUMMARY_NOT_SENT)),
  /** A delivered summary has not been acknowledged by its clinic for 14 days. */
  SUMMARY_UNACKNOWLEDGED(Severity.NORMAL, EnumSet.of(Flag.SUMMARY_UNACKNOWLEDGED));

  private final Severity severity;
  private final Set<Flag> raisedBy;

  AttentionRule(Severity severity, Set<Flag> raisedBy) {
    this.severity = severity;
    this.raisedBy = raisedBy;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * How urgent a client with these flags is: 4 when an URGENT rule holds, 3 a HIGH one, 2 a NORMAL
   * one, 1 when flagged but by no rule (early recovery, a step-down due), 0 when not flagged.
   */
  public static int urgency(Set<Flag> flags) {
    if (flags.isEmpty()) {
      return 0;
    }
    int most = 1;
    for (AttentionRule rule : values()) {
      if (!rule.raisedBy(flags).isEmpty()) {
        most = Math.max(most, Severity.values().length + 1 - rule.severity.ordinal());
      }
    }
    return most;
  }

  /** The flags among {@code flags} that raise this rule (none: the rule does not hold). */
  public Set<Flag> raisedBy(Set<Flag> flags) {
    EnumSet<Flag> found = EnumSet.noneOf(Flag.class);
    flags.stream().filter(raisedBy::contains).forEach(found::add);
    return found;
  }
}
