package org.stepwise.cases.domain.shared;

import java.util.List;

/** A refusal the caller can act on; the REST layer turns each kind into one HTTP status. */
public abstract class DomainException extends RuntimeException {

  private final List<Violation> violations;

  protected DomainException(String title, List<Violation> violations) {
    super(title, null, false, false);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
