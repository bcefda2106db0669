package org.stepwise.cases.domain.model.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.overview.CaseloadRow;
import org.stepwise.cases.domain.model.overview.CaseloadSort;
import org.stepwise.cases.domain.model.overview.Flag;

class CaseloadOrderTest {

  private static CaseloadRow row(String name, String level, LocalDate next, Set<Flag> flags) {
    return new CaseloadRow(
        name.hashCode(),
        name,
        "ACTIVE",
        "cm.rivera",
        null,
        level,
        null,
        next,
        (Instant) null,
        flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
  }

  private static final CaseloadRow ADAMS = row("Ann Adams", "2.1", null, Set.of());
  private static final CaseloadRow BAKER =
      row("Bo Baker", "RS", LocalDate.of(2026, 12, 20), Set.of(Flag.EARLY_RECOVERY));
  private static final CaseloadRow COLE =
      row(
          "Cy Cole",
          "1.0",
          LocalDate.of(2026, 12, 10),
          Set.of(Flag.NO_ATTENDANCE_7_DAYS, Flag.STEP_DOWN_DUE));
  private static final CaseloadRow DIAZ =
      row("Di Diaz", null, null, Set.of(Flag.CONSENT_EXPIRING, Flag.GOAL_PAST_TARGET));
  private static final CaseloadRow ZZYZX =
      row("Zed Zzyzx", "RS", null, Set.of(Flag.SELF_HARM_THOUGHTS_REPORTED));

  /** As the query returns them: in name order. */
  private static final List<CaseloadRow> BY_NAME = List.of(ADAMS, BAKER, COLE, DIAZ, ZZYZX);

  @Test
  void urgencyPutsTheMostSevereRuleFirstWhateverTheNameThenTheNumberOfFlags() {
    assertEquals(
        List.of(ZZYZX, COLE, DIAZ, BAKER, ADAMS),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.URGENCY, true));
    assertEquals(
        List.of(ADAMS, BAKER, DIAZ, COLE, ZZYZX),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.URGENCY, false));
  }

  @Test
  void aRowWithoutTheValueGoesLastEitherWayAndTiesKeepNameOrder() {
    // by intensity of care: 2.1 above 1.0 above recovery support; no level last
    assertEquals(
        List.of(BAKER, ZZYZX, COLE, ADAMS, DIAZ),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.LEVEL, false));
    assertEquals(
        List.of(ADAMS, COLE, BAKER, ZZYZX, DIAZ),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.LEVEL, true));
    assertEquals(
        List.of(COLE, BAKER, ADAMS, DIAZ, ZZYZX),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.NEXT_STEP_DOWN, false));
  }

  @Test
  void byNameIsTheQuerysOrderOrItsReverse() {
    assertEquals(BY_NAME, CaseloadOrder.sorted(BY_NAME, CaseloadSort.NAME, false));
    assertEquals(
        List.of(ZZYZX, DIAZ, COLE, BAKER, ADAMS),
        CaseloadOrder.sorted(BY_NAME, CaseloadSort.NAME, true));
  }

  @Test
  void urgencyRanksBySeverityOfTheRulesTheFlagsRaise() {
    assertEquals(0, AttentionRule.urgency(Set.of()));
    assertEquals(1, AttentionRule.urgency(Set.of(Flag.EARLY_RECOVERY)));
    assertEquals(2, AttentionRule.urgency(Set.of(Flag.CONSENT_EXPIRING)));
    assertEquals(3, AttentionRule.urgency(Set.of(Flag.CONSENT_EXPIRING, Flag.LAPSE_LOGGED)));
    assertEquals(4, AttentionRule.urgency(Set.of(Flag.SELF_HARM_THOUGHTS_REPORTED)));
  }
}
