package org.stepwise.cases.domain.model.measure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.Violation;

/**
 * The scored questionnaires Stepwise records, each with its item count, answer scale, published
 * bands and the items that raise a flag on their own. Every instrument here is scored as the sum of
 * its items.
 */
public enum Instrument {
  /**
   * Brief Assessment of Recovery Capital (Vilsaint et al. 2017): 10 items, 1 (strongly disagree) to
   * 6 (strongly agree); 47 or more is associated with sustained remission.
   */
  BARC_10(
      "BARC-10",
      10,
      1,
      6,
      List.of(
          new Range(10, 46, Band.BELOW_REMISSION_CUTOFF),
          new Range(47, 60, Band.AT_OR_ABOVE_REMISSION_CUTOFF)),
      null),
  /**
   * Patient Health Questionnaire-9 (Kroenke et al. 2001): 9 items, 0 (not at all) to 3 (nearly
   * every day); item 9 asks about thoughts of self-harm.
   */
  PHQ_9(
      "PHQ-9",
      9,
      0,
      3,
      List.of(
          new Range(0, 4, Band.MINIMAL),
          new Range(5, 9, Band.MILD),
          new Range(10, 14, Band.MODERATE),
          new Range(15, 19, Band.MODERATELY_SEVERE),
          new Range(20, 27, Band.SEVERE)),
      new ItemFlag(9, MeasureFlag.SELF_HARM_THOUGHTS)),
  /** Generalized Anxiety Disorder-7 (Spitzer et al. 2006): 7 items, 0 to 3. */
  GAD_7(
      "GAD-7",
      7,
      0,
      3,
      List.of(
          new Range(0, 4, Band.MINIMAL),
          new Range(5, 9, Band.MILD),
          new Range(10, 14, Band.MODERATE),
          new Range(15, 21, Band.SEVERE)),
      null);

  private final String title;
  private final int items;
  private final int lowest;
  private final int highest;
  private final List<Range> bands;
  private final ItemFlag flag;

  Instrument(String title, int items, int lowest, int highest, List<Range> bands, ItemFlag flag) {
    this.title = title;
    this.items = items;
    this.lowest = lowest;
    this.highest = highest;
    this.bands = bands;
    this.flag = flag;
  }

  public String title() {
    return title;
  }

  public int items() {
    return items;
  }

  public int lowest() {
    return lowest;
  }

  public int highest() {
    return highest;
  }

  /**
   * Scores a complete answer set, item 1 first. A wrong number of answers, or an answer off the
   * scale, is refused naming the item ({@code answers[i]}, counted from 0 as in the request).
   */
  public Score score(List<Integer> answers) {
    if (answers.size() != items) {
      throw new InvalidInput(
          "answers",
          "WRONG_ITEM_COUNT",
          title + " has " + items + " items; " + answers.size() + " answers were given");
    }
    List<Violation> wrong = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < items; i++) {
      Integer a = answers.get(i);
      if (a == null || a < lowest || a > highest) {
        wrong.add(
            new Violation(
                "answers[" + i + "]",
                "OUT_OF_RANGE",
                title + " item " + (i + 1) + " is answered " + lowest + " to " + highest));
      } else {
        total += a;
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInput(wrong);
    }
    Set<MeasureFlag> flags = EnumSet.noneOf(MeasureFlag.class);
    if (flag != null && answers.get(flag.item() - 1) > 0) {
      flags.add(flag.flag());
    }
    return new Score(total, band(total), flags);
  }

  private Band band(int total) {
    for (Range r : bands) {
      if (total >= r.from() && total <= r.to()) {
        return r.band();
      }
    }
    throw new IllegalStateException(title + " has no band for " + total);
  }

  /** Totals from {@code from} to {@code to}, both included. */
  private record Range(int from, int to, Band band) {}

  /** The item (counted from 1) whose any answer above 0 raises {@code flag}. */
  private record ItemFlag(int item, MeasureFlag flag) {}
}
