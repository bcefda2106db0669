package org.stepwise.routes.delivery;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * What one attempt came to, as reported to case-service. {@code detail} names a status or an
 * exception class, never the document or anything from the clinic's answer body.
 */
public record Outcome(String outcome, Integer httpStatus, String detail) {

  public static Outcome delivered(int status) {
    return new Outcome("DELIVERED", status, null);
  }

  /** An HTTP answer other than success: retry what may pass later, refuse the rest. */
  public static Outcome ofStatus(int status) {
    boolean later = status >= 500 || status == 408 || status == 429 || status == 401;
    return new Outcome(later ? "RETRY" : "REFUSED", status, "clinic answered HTTP " + status);
  }

  /** No answer at all (down, timeout, SFTP failure): retry. */
  public static Outcome unreachable(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new Outcome("RETRY", null, "no answer: " + root.getClass().getSimpleName());
  }

  /** The report for the claim named by {@code lease}. */
  public String toJson(String lease) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("lease", lease).add("outcome", outcome);
    if (httpStatus != null) {
      b.add("httpStatus", httpStatus);
    }
    if (detail != null) {
      b.add("detail", detail);
    }
    return b.build().toString();
  }
}
