package org.stepwise.cases.domain.model.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.domain.model.measure.MeasureTrend;
import org.stepwise.cases.domain.model.recovery.TriggerPattern;

/** The page a case manager opens first: where the client stands and what needs attention. */
public record ClientOverview(
    long clientId,
    String name,
    String status,
    String currentLevel,
    String currentLevelLabel,
    LocalDate currentLevelSince,
    Long daysAtCurrentLevel,
    LocalDate recoveryStartDate,
    long daysSinceRecoveryStart,
    LocalDate lastStepDownOn,
    Long daysSinceLastStepDown,
    StepDownPlanView stepDownPlan,
    Map<GoalStatus, Long> goalsByStatus,
    Integer meetingsPerWeek,
    List<WeekAttendance> attendanceByWeek,
    long attendedThisWeek,
    java.time.Instant lastAttended,
    TriggerPattern triggerPattern,
    List<MeasureTrend> measures,
    Set<Flag> flags) {

  /** The step-down plan as the overview shows it. */
  public record StepDownPlanView(
      String targetLevel, String targetLevelLabel, LocalDate targetDate, String criteria) {}
}
