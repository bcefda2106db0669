package org.stepwise.cases.domain.model.audit;

import java.util.List;

/** The append-only store of audit events. */
public interface AuditTrail {

  void append(List<AuditEvent> events);

  List<RecordedAuditEvent> search(AuditQuery query);

  /** Recomputes the hash chain over every event and names the first link that does not hold. */
  ChainVerification verify();
}
