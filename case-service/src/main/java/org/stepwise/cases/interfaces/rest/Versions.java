package org.stepwise.cases.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.VersionRequired;

/** ETag / If-Match for optimistically locked records: the ETag is the record's version. */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an If-Match header names; required for changes to versioned records. */
  public static long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new VersionRequired();
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInput("If-Match", "INVALID_ETAG", "send the ETag as you received it");
    }
  }
}
