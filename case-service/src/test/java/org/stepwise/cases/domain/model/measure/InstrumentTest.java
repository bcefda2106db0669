package org.stepwise.cases.domain.model.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;

/** Worked examples for each instrument, with every band checked at both of its edges. */
class InstrumentTest {

  @Test
  void phq9BandsAtTheirEdges() {
    int[][] edges = {{0, 4}, {5, 9}, {10, 14}, {15, 19}, {20, 27}};
    Band[] bands = {Band.MINIMAL, Band.MILD, Band.MODERATE, Band.MODERATELY_SEVERE, Band.SEVERE};
    for (int b = 0; b < bands.length; b++) {
      for (int total : edges[b]) {
        assertEquals(
            bands[b], Instrument.PHQ_9.score(summingTo(total, 9, 0, 3)).band(), "" + total);
      }
    }
  }

  @Test
  void phq9WorkedExample() {
    // 1+2+1+3+0+1+2+0+0 = 10: moderate, no self-harm thoughts
    Score s = Instrument.PHQ_9.score(List.of(1, 2, 1, 3, 0, 1, 2, 0, 0));
    assertEquals(10, s.total());
    assertEquals(Band.MODERATE, s.band());
    assertEquals(Set.of(), s.flags());
  }

  @Test
  void phq9ItemNineFlagsOnAnyAnswerAboveZeroWhateverTheTotal() {
    Score s = Instrument.PHQ_9.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
    assertEquals(1, s.total());
    assertEquals(Band.MINIMAL, s.band());
    assertEquals(Set.of(MeasureFlag.SELF_HARM_THOUGHTS), s.flags());
    // a high total from the other items alone does not raise it
    assertEquals(Set.of(), Instrument.PHQ_9.score(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).flags());
  }

  @Test
  void gad7BandsAtTheirEdges() {
    int[][] edges = {{0, 4}, {5, 9}, {10, 14}, {15, 21}};
    Band[] bands = {Band.MINIMAL, Band.MILD, Band.MODERATE, Band.SEVERE};
    for (int b = 0; b < bands.length; b++) {
      for (int total : edges[b]) {
        assertEquals(
            bands[b], Instrument.GAD_7.score(summingTo(total, 7, 0, 3)).band(), "" + total);
      }
    }
    Score s = Instrument.GAD_7.score(List.of(2, 1, 2, 1, 0, 3, 1));
    assertEquals(10, s.total());
    assertEquals(Band.MODERATE, s.band());
  }

  @Test
  void barc10ScoresTenToSixtyWithTheCutOffAt47() {
    assertEquals(10, Instrument.BARC_10.score(Collections.nCopies(10, 1)).total());
    assertEquals(60, Instrument.BARC_10.score(Collections.nCopies(10, 6)).total());
    assertEquals(
        Band.BELOW_REMISSION_CUTOFF, Instrument.BARC_10.score(summingTo(46, 10, 1, 6)).band());
    assertEquals(
        Band.AT_OR_ABOVE_REMISSION_CUTOFF,
        Instrument.BARC_10.score(summingTo(47, 10, 1, 6)).band());
    // 5,5,4,6,5,4,5,5,4,4 = 47
    Score s = Instrument.BARC_10.score(List.of(5, 5, 4, 6, 5, 4, 5, 5, 4, 4));
    assertEquals(47, s.total());
    assertEquals(Band.AT_OR_ABOVE_REMISSION_CUTOFF, s.band());
  }

  @Test
  void aWrongNumberOfAnswersIsRefused() {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> Instrument.GAD_7.score(List.of(0, 0, 0, 0, 0, 0)));
    assertEquals(
        List.of("answers:WRONG_ITEM_COUNT"),
        e.violations().stream().map(v -> v.field() + ":" + v.code()).toList());
  }

  @Test
  void anAnswerOffTheScaleIsRefusedNamingEachItem() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> Instrument.BARC_10.score(List.of(1, 2, 3, 0, 4, 5, 6, 7, 1, 1)));
    assertEquals(
        List.of("answers[3]", "answers[7]"),
        e.violations().stream().map(Violation::field).toList());
    assertEquals("BARC-10 item 4 is answered 1 to 6", e.violations().get(0).message());
    assertThrows(
        InvalidInput.class, () -> Instrument.PHQ_9.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 4)));
  }

  /** {@code n} answers from {@code low} to {@code high} adding up to {@code total}. */
  private static List<Integer> summingTo(int total, int n, int low, int high) {
    List<Integer> answers = new ArrayList<>(Collections.nCopies(n, low));
    int rest = total - n * low;
    for (int i = 0; i < n && rest > 0; i++) {
      int add = Math.min(high - low, rest);
      answers.set(i, low + add);
      rest -= add;
    }
    if (rest > 0) {
      throw new IllegalArgumentException("cannot reach " + total);
    }
    return answers;
  }
}
