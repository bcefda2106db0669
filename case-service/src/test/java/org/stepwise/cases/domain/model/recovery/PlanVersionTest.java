package org.stepwise.cases.domain.model.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.StaleVersion;

class PlanVersionTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void theFirstSaveIsVersionOneAndEachSaveTheNext() {
    PlanVersion first =
        PlanVersion.next(7, null, PlanVersion.NONE, RelapsePreventionPlan.EMPTY, "cm", NOW);
    assertEquals(1, first.number());
    assertEquals(2, PlanVersion.next(7, first, 1, RelapsePreventionPlan.EMPTY, "cm", NOW).number());
  }

  @Test
  void aSaveAgainstAnotherVersionThanTheLatestIsStale() {
    PlanVersion first =
        PlanVersion.next(7, null, PlanVersion.NONE, RelapsePreventionPlan.EMPTY, "cm", NOW);
    assertThrows(
        StaleVersion.class,
        () -> PlanVersion.next(7, first, 0, RelapsePreventionPlan.EMPTY, "cm", NOW));
    assertThrows(
        StaleVersion.class,
        () -> PlanVersion.next(7, null, 1, RelapsePreventionPlan.EMPTY, "cm", NOW));
  }
}
