package org.stepwise.routes.config;

/**
 * Where one house drops its attendance files: a Camel endpoint for a directory (a local {@code
 * file:} drop or an {@code sftp:} server), the channel it stands for, and how often to look.
 */
public record HouseDrop(String houseCode, String channel, String endpoint, long delayMillis) {

  /**
   * The consumer: CSV files only, moved to done/ or error/ once answered, left in place on failure.
   */
  public String consumerUri() {
    return endpoint
        + separator()
        + "include=(?i).*\\.csv"
        + "&delay="
        + delayMillis
        + "&readLock=changed&readLockMinAge=1000&readLockMinLength=0"
        + "&move=${header.StepwiseOutcome}/${file:name}"
        + "&backoffErrorThreshold=1&backoffMultiplier=4";
  }

  /** Reject reports go back to the house, beside the source in rejects/. */
  public String rejectsUri() {
    String base = endpoint;
    int query = base.indexOf('?');
    String path = query < 0 ? base : base.substring(0, query);
    String options = query < 0 ? "" : base.substring(query + 1);
    return path
        + "/rejects?"
        + (options.isEmpty() ? "" : options + "&")
        + "fileName=${header.StepwiseReportName}";
  }

  /** The local directory of a {@code file:} drop, if this is one. */
  public java.util.Optional<java.nio.file.Path> localDirectory() {
    if (!endpoint.startsWith("file:")) {
      return java.util.Optional.empty();
    }
    String path = endpoint.substring("file:".length());
    int query = path.indexOf('?');
    return java.util.Optional.of(
        java.nio.file.Path.of(query < 0 ? path : path.substring(0, query)));
  }

  private String separator() {
    return endpoint.contains("?") ? "&" : "?";
  }
}
