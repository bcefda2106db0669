package org.stepwise.cases.infrastructure.logging;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it sends a well-formed one
 * (the routes send their exchange id, a load balancer its own), else a new one. It is answered in
 * the response's {@code X-Request-Id}, and a 500's incident id and its log line are this id, so a
 * caller's report, the routes' log and this log meet. Other lines do not carry it: Payara's JUL
 * formatters have no per-request context.
 */
@RequestScoped
public class RequestId {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private String value;

  /** Takes the caller's id when it is well formed; anything else is replaced, never logged. */
  public void from(String offered) {
    value = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : null;
  }

  public String value() {
    if (value == null) {
      value = UUID.randomUUID().toString();
    }
    return value;
  }
}
