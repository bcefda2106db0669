package org.stepwise.cases.domain.model.audit;

/** How the attempt ended. */
public enum AuditOutcome {
  SUCCESS,
  DENIED,
  NOT_FOUND,
  INVALID,
  FAILED
}
