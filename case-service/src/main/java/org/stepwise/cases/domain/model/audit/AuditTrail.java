package org.stepwise.cases.domain.model.audit;

import java.util.List;

/** The append-only store of audit events. */
public interface AuditTrail {

  void append(List<AuditEvent> events);

  List<RecordedAuditEvent> search(AuditQuery query);

  /**
   * Links up to {@code maxEvents} events written since the chain's head into the hash chain, and
   * says how many it linked (events are chained shortly after their transactions, not in them).
   */
  int extendChain(int maxEvents);

  /** Recomputes the hash chain over every event and names the first link that does not hold. */
  ChainVerification verify();
}
