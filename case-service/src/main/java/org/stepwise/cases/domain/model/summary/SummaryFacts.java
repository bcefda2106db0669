package org.stepwise.cases.domain.model.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;

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
    List<AppointmentLine> appointments,
    List<MeasureLine> measures,
    List<Note> narrative,
    List<TestLine> drugTests) {

  /**
   * A drug test collected in the period: as reported, with the case manager's explanation when a
   * prescription explains a positive result (null otherwise).
   */
  public record TestLine(
      OffsetDateTime collectedAt,
      TestMethod method,
      TestReason reason,
      TestResult result,
      Set<Substance> tested,
      Set<Substance> positive,
      boolean labConfirmed,
      String explanation) {}

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

  /** One appointment series in force in the period, and how its appointments went in it. */
  public record AppointmentLine(
      long seriesId,
      String kind,
      String provider,
      int kept,
      int missed,
      int cancelledByClient,
      int excused) {}

  /**
   * An instrument's latest score of the period, with the latest before the period (if any) to show
   * the change.
   */
  public record MeasureLine(
      Instrument instrument,
      LocalDate administeredOn,
      int total,
      Band band,
      Set<MeasureFlag> flags,
      LocalDate previousOn,
      Integer previousTotal) {}

  /** A narrative the case manager wrote for the clinic, by the first day of its period. */
  public record Note(LocalDate date, String text) {}

  public int attended() {
    return weeks.stream().mapToInt(Week::attended).sum();
  }
}
