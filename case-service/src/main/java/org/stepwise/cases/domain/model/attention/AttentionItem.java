package org.stepwise.cases.domain.model.attention;

import java.time.Instant;
import java.util.List;
import org.stepwise.cases.domain.model.overview.Flag;

/**
 * One thing a client's case manager should act on: the rule, since when, the facts that raised it
 * (flag codes, never text from the chart), and who acknowledged and resolved it, when, and how. A
 * client has at most one item per rule that is not resolved; resolved items stay as history, with
 * the notifications that told the case manager of it.
 */
public record AttentionItem(
    long id,
    long clientId,
    String clientName,
    AttentionRule rule,
    Severity severity,
    List<Flag> facts,
    Instant openedAt,
    AttentionStatus status,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String resolvedBy,
    Instant resolvedAt,
    String outcome,
    boolean autoResolved,
    List<Notice> notices) {

  /** A notification that told of the item: its kind, and when it was sent (null: not yet). */
  public record Notice(String kind, Instant sentAt) {}

  public static final int MAX_OUTCOME = 500;

  public boolean resolved() {
    return status == AttentionStatus.RESOLVED;
  }
}
