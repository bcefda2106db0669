package org.stepwise.cases.domain.shared;

import java.util.List;

/** The thing exists already (HTTP 409). */
public class Conflict extends DomainException {

  public Conflict(String field, String code, String message) {
    super("It exists already", List.of(new Violation(field, code, message)));
  }
}
