package org.stepwise.cases.domain.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.RuleViolation;

class GoalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void abandoningNeedsAReasonAndClosedGoalsStayClosed() {
    Goal goal = new Goal(1, GoalDomain.EMPLOYMENT, "Job", TODAY.minusDays(1));
    assertTrue(goal.isPastTarget(TODAY));
    RuleViolation noReason =
        assertThrows(RuleViolation.class, () -> goal.changeStatus(GoalStatus.ABANDONED, " "));
    assertEquals("REASON_REQUIRED", noReason.violations().get(0).code());
    goal.changeStatus(GoalStatus.ABANDONED, "moved away");
    assertFalse(goal.isPastTarget(TODAY));
    assertThrows(RuleViolation.class, () -> goal.changeStatus(GoalStatus.IN_PROGRESS, null));
  }
}
