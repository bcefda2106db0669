package org.stepwise.cases.domain.shared;

/**
 * The record exists but lies outside the caller's scope. The caller gets the same 404 as for a
 * record that does not exist; the audit trail records a denial.
 */
public class OutOfScope extends NotFound {

  public OutOfScope(String recordType, Object id) {
    super(recordType, id);
  }
}
