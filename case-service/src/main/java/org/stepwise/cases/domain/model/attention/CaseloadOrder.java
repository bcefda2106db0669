package org.stepwise.cases.domain.model.attention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.overview.CaseloadRow;
import org.stepwise.cases.domain.model.overview.CaseloadSort;

/**
 * The order of a caseload list. Rows come in name order (family name, given name), and the sort is
 * stable, so every tie is broken by name; a row without the sorted value (no level, no plan) goes
 * last whichever the direction.
 */
public final class CaseloadOrder {

  private CaseloadOrder() {}

  /** {@code byName} sorted by {@code sort}; the list given is not changed. */
  public static List<CaseloadRow> sorted(
      List<CaseloadRow> byName, CaseloadSort sort, boolean descending) {
    List<CaseloadRow> rows = new ArrayList<>(byName);
    switch (sort) {
      case NAME -> {
        if (descending) {
          Collections.reverse(rows);
        }
      }
      case URGENCY ->
          rows.sort(by(r -> AttentionRule.urgency(r.flags()) * 100 + r.flags().size(), descending));
      case LEVEL ->
          rows.sort(
              by(
                  r ->
                      LevelOfCare.fromCode(r.currentLevel())
                          .map(LevelOfCare::intensity)
                          .orElse(null),
                  descending));
      // more days in the level is an earlier date it began
      case DAYS_IN_LEVEL -> rows.sort(by(CaseloadRow::currentLevelSince, !descending));
      case LAST_ATTENDED -> rows.sort(by(CaseloadRow::lastAttended, descending));
      case NEXT_STEP_DOWN -> rows.sort(by(CaseloadRow::stepDownTargetDate, descending));
    }
    return rows;
  }

  private static <T extends Comparable<? super T>> Comparator<CaseloadRow> by(
      Function<CaseloadRow, T> key, boolean descending) {
    Comparator<T> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
    return Comparator.comparing(key, Comparator.nullsLast(order));
  }
}
