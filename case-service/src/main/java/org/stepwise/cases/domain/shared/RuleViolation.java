package org.stepwise.cases.domain.shared;

import java.util.List;

/** Well-formed, but a business rule refuses it, e.g. a back-dated transition (HTTP 422). */
public class RuleViolation extends DomainException {

  public RuleViolation(String field, String code, String message) {
    super("The change breaks a rule of the record", List.of(new Violation(field, code, message)));
  }
}
