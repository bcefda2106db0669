package org.stepwise.cases.domain.shared;

import java.util.List;

/** An operation the caller's role or scope does not allow (HTTP 403). */
public class AccessDenied extends DomainException {

  public AccessDenied(String field, String message) {
    super("Not allowed", List.of(new Violation(field, "NOT_ALLOWED", message)));
  }
}
