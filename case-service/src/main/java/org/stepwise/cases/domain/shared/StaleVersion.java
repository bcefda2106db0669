package org.stepwise.cases.domain.shared;

import java.util.List;

/** The caller changed an older version than the current one (HTTP 412). */
public class StaleVersion extends DomainException {

  public StaleVersion(long expected, long current) {
    super(
        "The record changed since you read it",
        List.of(
            new Violation(
                "If-Match",
                "STALE_VERSION",
                "you sent version " + expected + " but the record is at version " + current)));
  }
}
