package org.stepwise.cases.domain.model.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.cases.domain.model.overview.Flag;

/**
 * What an evaluation changes: the items to open (a rule that holds for a client without an item for
 * it that is not resolved) and the items to resolve because their rule no longer holds.
 */
public record AttentionChanges(List<NewItem> toOpen, List<Long> toResolve) {

  /** An item to open: the client, the rule and the flags that raised it. */
  public record NewItem(long clientId, AttentionRule rule, Set<Flag> facts) {}

  /**
   * The changes for the evaluated clients, given each one's flags now and their items that are not
   * resolved.
   */
  public static AttentionChanges between(
      Map<Long, Set<Flag>> flagsByClient, List<AttentionItem> unresolved) {
    List<NewItem> open = new ArrayList<>();
    List<Long> resolve = new ArrayList<>();
    flagsByClient.forEach(
        (client, flags) -> {
          for (AttentionRule rule : AttentionRule.values()) {
            Set<Flag> facts = rule.raisedBy(flags);
            boolean held =
                unresolved.stream().anyMatch(i -> i.clientId() == client && i.rule() == rule);
            if (!facts.isEmpty() && !held) {
              open.add(new NewItem(client, rule, facts));
            }
          }
        });
    for (AttentionItem item : unresolved) {
      Set<Flag> flags = flagsByClient.get(item.clientId());
      if (flags != null && item.rule().raisedBy(flags).isEmpty()) {
        resolve.add(item.id());
      }
    }
    return new AttentionChanges(open, resolve);
  }
}
