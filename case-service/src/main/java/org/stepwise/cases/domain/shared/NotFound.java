package org.stepwise.cases.domain.shared;

import java.util.List;

/**
 * No such record, or none the caller may see: both answer the same, so a caller cannot learn that a
 * record outside their scope exists (HTTP 404).
 */
public class NotFound extends DomainException {

  private final String recordType;

  public NotFound(String recordType, Object id) {
    super("Not found", List.of(new Violation("id", "NOT_FOUND", "no " + recordType + " " + id)));
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
