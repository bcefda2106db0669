package org.stepwise.cases.domain.shared;

import java.util.List;

/** The request itself is malformed or incomplete (HTTP 400). */
public class InvalidInput extends DomainException {

  public InvalidInput(List<Violation> violations) {
    super("The request has invalid fields", violations);
  }

  public InvalidInput(String field, String code, String message) {
    this(List.of(new Violation(field, code, message)));
  }
}
