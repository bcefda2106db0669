package org.stepwise.cases.domain.model.audit;

/** What was done to a record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DISCLOSE,
  EXPORT,
  DENIED
}
