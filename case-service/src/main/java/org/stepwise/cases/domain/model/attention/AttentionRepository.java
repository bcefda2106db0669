package org.stepwise.cases.domain.model.attention;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where attention items are kept: opened once per client and rule, then acknowledged, resolved. */
public interface AttentionRepository {

  /** The items of these clients (all clients: null) that are not resolved. */
  List<AttentionItem> unresolved(Collection<Long> clientIds);

  /** Opens the items; one that is already open for its client and rule is left as it is. */
  void open(List<AttentionChanges.NewItem> items, Instant at);

  /** Resolves the items as cleared by themselves. */
  void autoResolve(List<Long> ids, Instant at);

  Optional<AttentionItem> find(long id);

  /** A client's items, resolved ones too, newest first. */
  List<AttentionItem> ofClient(long clientId);

  /** False when the item was not open (acknowledged or resolved meanwhile). */
  boolean acknowledge(long id, String by, Instant at);

  /** False when the item was resolved already. */
  boolean resolve(long id, String by, Instant at, String outcome);

  /**
   * The worklist: items not resolved of the clients of {@code caseManagerSubject} (everyone's:
   * null), urgent first, then by severity and age.
   */
  List<AttentionItem> worklist(String caseManagerSubject);

  /** How many items are not resolved, per rule and status: counts only, no client. */
  List<RuleCount> counts();
}
