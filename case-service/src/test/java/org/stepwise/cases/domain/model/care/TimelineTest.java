package org.stepwise.cases.domain.model.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.RuleViolation;

class TimelineTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final AsamRatings RATINGS = new AsamRatings(0, 1, 2, 1, 2, 1);

  private final List<Transition> stored = new ArrayList<>();

  private Transition append(LevelOfCare to, LocalDate on) {
    return append(new TransitionRequest(to, on, "review", RATINGS, "Dr. A", "Program", null, null));
  }

  private Transition append(TransitionRequest request) {
    Transition t = new Timeline(1, stored).append(request, TODAY);
    t.identify(stored.size() + 100);
    stored.add(t);
    return t;
  }

  @Test
  void theDirectionFollowsIntensity() {
    assertEquals(
        Direction.ADMISSION, append(LevelOfCare.RESIDENTIAL_3_5, TODAY.minusDays(50)).direction());
    Transition down = append(LevelOfCare.INTENSIVE_OUTPATIENT_2_1, TODAY.minusDays(30));
    assertEquals(Direction.STEP_DOWN, down.direction());
    assertEquals(LevelOfCare.RESIDENTIAL_3_5, down.fromLevel());
    assertEquals(
        Direction.STEP_UP,
        append(LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, TODAY.minusDays(20)).direction());
    assertEquals(
        Direction.LATERAL,
        append(LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, TODAY.minusDays(10)).direction());
    Transition discharge = append(null, TODAY);
    assertEquals(Direction.DISCHARGE, discharge.direction());
    assertNull(discharge.toLevel());
    assertEquals(
        Direction.ADMISSION,
        new Timeline(1, stored)
            .append(
                new TransitionRequest(
                    LevelOfCare.RESIDENTIAL_3_1,
                    TODAY.plusDays(1),
                    "back",
                    RATINGS,
                    "a",
                    "b",
                    null,
                    null),
                TODAY.plusDays(1))
            .direction());
  }

  @Test
  void theTimelineNeverGoesBackInTimeNorOverlaps() {
    append(LevelOfCare.RESIDENTIAL_3_5, TODAY.minusDays(20));
    RuleViolation back =
        assertThrows(
            RuleViolation.class, () -> append(LevelOfCare.OUTPATIENT_1_0, TODAY.minusDays(21)));
    assertEquals("BACK_DATED", back.violations().get(0).code());
    RuleViolation same =
        assertThrows(
            RuleViolation.class, () -> append(LevelOfCare.OUTPATIENT_1_0, TODAY.minusDays(20)));
    assertEquals("OVERLAPPING", same.violations().get(0).code());
    RuleViolation future =
        assertThrows(
            RuleViolation.class, () -> append(LevelOfCare.OUTPATIENT_1_0, TODAY.plusDays(1)));
    assertEquals("FUTURE_DATE", future.violations().get(0).code());
  }

  @Test
  void aCorrectionReplacesOnlyTheCurrentEntry() {
    Transition first = append(LevelOfCare.RESIDENTIAL_3_5, TODAY.minusDays(20));
    Transition wrong = append(LevelOfCare.INTENSIVE_OUTPATIENT_2_1, TODAY.minusDays(5));
    RuleViolation notCurrent =
        assertThrows(
            RuleViolation.class,
            () ->
                append(
                    new TransitionRequest(
                        LevelOfCare.RESIDENTIAL_3_1,
                        TODAY.minusDays(20),
                        "r",
                        RATINGS,
                        "a",
                        "b",
                        first.id(),
                        "typo")));
    assertEquals("NOT_CURRENT_ENTRY", notCurrent.violations().get(0).code());

    Transition fix =
        append(
            new TransitionRequest(
                LevelOfCare.PARTIAL_HOSPITALIZATION_2_5,
                TODAY.minusDays(5),
                "r",
                RATINGS,
                "a",
                "b",
                wrong.id(),
                "it was PHP"));
    assertEquals(LevelOfCare.RESIDENTIAL_3_5, fix.fromLevel());
    assertEquals(Direction.STEP_DOWN, fix.direction());
    Timeline timeline = new Timeline(1, stored);
    assertEquals(3, timeline.entries().size());
    assertEquals(List.of(first, fix), timeline.effective());
    assertEquals(fix, timeline.current().orElseThrow());
  }

  @Test
  void nothingToDischargeWithoutALevel() {
    RuleViolation e = assertThrows(RuleViolation.class, () -> append(null, TODAY));
    assertEquals("toLevel", e.violations().get(0).field());
  }

  @Test
  void ratingsAreZeroToFour() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> new AsamRatings(0, 5, 0, -1, 0, 0));
    assertEquals(
        List.of("dimensions.biomedical", "dimensions.readiness"),
        e.violations().stream().map(v -> v.field()).toList());
  }
}
