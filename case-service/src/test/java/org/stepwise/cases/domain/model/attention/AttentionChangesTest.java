package org.stepwise.cases.domain.model.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.attention.AttentionChanges.NewItem;
import org.stepwise.cases.domain.model.overview.Flag;

class AttentionChangesTest {

  private static AttentionItem open(long id, long client, AttentionRule rule) {
    return new AttentionItem(
        id,
        client,
        "Client",
        rule,
        rule.severity(),
        List.of(),
        Instant.EPOCH,
        AttentionStatus.OPEN,
        null,
        null,
        null,
        null,
        null,
        false,
        List.of());
  }

  @Test
  void eachRuleThatHoldsRaisesOneItemWithTheFlagsThatRaisedIt() {
    AttentionChanges changes =
        AttentionChanges.between(
            Map.of(
                7L,
                Set.of(
                    Flag.SELF_HARM_THOUGHTS_REPORTED,
                    Flag.NO_ATTENDANCE_3_DAYS,
                    Flag.NO_ATTENDANCE_7_DAYS,
                    Flag.EARLY_RECOVERY)),
            List.of());
    assertEquals(
        List.of(
            new NewItem(
                7, AttentionRule.SELF_HARM_THOUGHTS, Set.of(Flag.SELF_HARM_THOUGHTS_REPORTED)),
            new NewItem(
                7,
                AttentionRule.NO_RECENT_ATTENDANCE,
                Set.of(Flag.NO_ATTENDANCE_3_DAYS, Flag.NO_ATTENDANCE_7_DAYS))),
        changes.toOpen(),
        "one item per rule; EARLY_RECOVERY alone raises none");
    assertEquals(Severity.URGENT, AttentionRule.SELF_HARM_THOUGHTS.severity());
  }

  @Test
  void noSecondItemWhileOneIsOpenOrAcknowledged() {
    AttentionItem acknowledged =
        new AttentionItem(
            2,
            7,
            "Client",
            AttentionRule.USE_LOGGED,
            Severity.HIGH,
            List.of(),
            Instant.EPOCH,
            AttentionStatus.ACKNOWLEDGED,
            "cm",
            Instant.EPOCH,
            null,
            null,
            null,
            false,
            List.of());
    AttentionChanges changes =
        AttentionChanges.between(
            Map.of(7L, Set.of(Flag.SELF_HARM_THOUGHTS_REPORTED, Flag.RELAPSE_LOGGED)),
            List.of(open(1, 7, AttentionRule.SELF_HARM_THOUGHTS), acknowledged));
    assertEquals(List.of(), changes.toOpen());
    assertEquals(List.of(), changes.toResolve());
  }

  @Test
  void anItemWhoseRuleClearedIsResolvedAndOtherClientsItemsAreLeftAlone() {
    AttentionChanges changes =
        AttentionChanges.between(
            Map.of(7L, Set.of(Flag.EARLY_RECOVERY)),
            List.of(
                open(1, 7, AttentionRule.TWO_MISSED_THERAPY_SESSIONS),
                open(2, 8, AttentionRule.STEP_DOWN_OVERDUE)));
    assertEquals(List.of(1L), changes.toResolve(), "client 8 was not evaluated");
  }

  /** Every rule, raised by each flag that shows it: once, not again while open, cleared. */
  @Test
  void everyRuleRaisesOneItemNoSecondWhileOpenAndClearsWithItsFlags() {
    Set<Flag> every = EnumSet.allOf(Flag.class);
    for (AttentionRule rule : AttentionRule.values()) {
      Set<Flag> raising = rule.raisedBy(every);
      assertFalse(raising.isEmpty(), rule + " is raised by no flag");
      for (Flag flag : raising) {
        Map<Long, Set<Flag>> holds = Map.of(7L, Set.of(flag));
        assertEquals(
            List.of(new NewItem(7, rule, Set.of(flag))),
            AttentionChanges.between(holds, List.of()).toOpen(),
            flag + " raises " + rule);
        AttentionChanges again = AttentionChanges.between(holds, List.of(open(1, 7, rule)));
        assertEquals(List.of(), again.toOpen(), rule + ": no second item while one is open");
        assertEquals(List.of(), again.toResolve(), rule + ": still holds");
        assertEquals(
            List.of(1L),
            AttentionChanges.between(Map.of(7L, Set.of()), List.of(open(1, 7, rule))).toResolve(),
            rule + " clears when " + flag + " does");
      }
    }
  }
}
