package org.stepwise.cases.domain.model.overview;

/** Something a case manager should notice about a client today. */
public enum Flag {
  /** Fewer meetings attended last week (Monday to Sunday) than the requirement asks. */
  BELOW_MEETING_REQUIREMENT_LAST_WEEK,
  /** Below the meeting requirement last week and the week before. */
  BELOW_MEETING_REQUIREMENT_TWO_WEEKS,
  /** No attended meeting in the last 7 days. */
  NO_ATTENDANCE_7_DAYS,
  /** In early recovery, no attended meeting in the last 3 days (the stricter threshold). */
  NO_ATTENDANCE_3_DAYS,
  /** The step-down plan's target date is within the next 7 days. */
  STEP_DOWN_DUE,
  /** The step-down plan's target date has passed. */
  STEP_DOWN_OVERDUE,
  /** An open goal is past its target date. */
  GOAL_PAST_TARGET,
  /** Within the first 90 days of recovery or of the last step-down, when most relapses happen. */
  EARLY_RECOVERY,
  /** A lapse logged in the trigger log in the last 30 days. */
  LAPSE_LOGGED,
  /** A relapse logged in the trigger log in the last 30 days. */
  RELAPSE_LOGGED,
  /** The latest psychiatric check-in of a series that manages medication was missed. */
  MISSED_PSYCHIATRIC_CHECK_IN,
  /** The last two therapy sessions were both missed. */
  TWO_MISSED_THERAPY_SESSIONS,
  /** The latest PHQ-9 answered item 9 (thoughts of self-harm) above 0. */
  SELF_HARM_THOUGHTS_REPORTED,
  /** A consent in force expires within 14 days: summaries stop unless a new one is signed. */
  CONSENT_EXPIRING,
  /** The latest summary to one of the client's clinics was not sent: FAILED or WITHHELD. */
  SUMMARY_NOT_SENT,
  /** A summary delivered 14 or more days ago has not been acknowledged by its clinic. */
  SUMMARY_UNACKNOWLEDGED,
  /** A drug test positive in the last 30 days that no prescription explains. */
  POSITIVE_DRUG_TEST,
  /** A drug test refused in the last 30 days. */
  REFUSED_DRUG_TEST,
  /** A drug test missed in the last 30 days. */
  MISSED_DRUG_TEST
}
