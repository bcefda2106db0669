package org.stepwise.cases.domain.model.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures a progress summary is made of, for one client and one period, as gathered from the
 * case file. Which of them leave the system is decided by the consent, not here.
 */
public record SummaryFacts(
    long clientId,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    LocalDate recoveryStartDate,
    String currentLevel,
    LocalDate currentLevelSince,
    List<Step> steps,
    Integer requiredPerWeek,
    List<Week> weeks,
    int attendedLastYear,
    int weeksMetLastYear,
    int weeksCountedLastYear,
    List<GoalLine> goals,
    List<Note> narrative) {

  /** A level-of-care transition in the period. */
  public record Step(LocalDate effectiveDate, String fromLevel, String toLevel, String direction) {}

  /** Attendance in one week of the period (weeks start on Monday). */
  public record Week(LocalDate start, int attended, int absent, int excused) {}

  /** A goal as it stands, with milestones and the latest progress note of the period. */
  public record GoalLine(
      long id,
      String domain,
      String statement,
      String status,
      LocalDate targetDate,
      int milestonesAchieved,
      int milestones,
      String latestNote) {}

  /** A narrative the case manager wrote for the clinic, by the first day of its period. */
  public record Note(LocalDate date, String text) {}

  public int attended() {
    return weeks.stream().mapToInt(Week::attended).sum();
  }
}
