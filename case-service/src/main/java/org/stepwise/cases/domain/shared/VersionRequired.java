package org.stepwise.cases.domain.shared;

import java.util.List;

/** A change to a versioned record came without If-Match (HTTP 428). */
public class VersionRequired extends DomainException {

  public VersionRequired() {
    super(
        "If-Match is required",
        List.of(
            new Violation(
                "If-Match",
                "VERSION_REQUIRED",
                "send the ETag you read in If-Match so that a concurrent change is not lost")));
  }
}
