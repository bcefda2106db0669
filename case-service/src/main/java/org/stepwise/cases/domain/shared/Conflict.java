package org.stepwise.cases.domain.shared;

import java.util.List;

/** It exists already, or the record is no longer in the state the request assumed (HTTP 409). */
public class Conflict extends DomainException {

  public Conflict(String field, String code, String message) {
    super("It conflicts with what is stored", List.of(new Violation(field, code, message)));
  }
}
