package org.stepwise.routes.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one house drops its attendance files: a Camel endpoint for a directory (a local {@code
 * file:} drop or an {@code sftp:} server), the channel it stands for, and how often to look.
 */
public record HouseDrop(
    String houseCode, String channel, String endpoint, long delayMillis, String sftpOptions) {

  /**
   * The consumer: CSV files only, moved to done/ or error/ once answered, left in place on failure.
   * An SFTP file is downloaded to the routes' state directory first, so it is streamed from disk
   * rather than held in memory, after its host key has been checked ({@link SftpHostKeys}).
   */
  public String consumerUri(Path stateDir) {
    String download =
        endpoint.startsWith("sftp:")
            ? "localWorkDirectory="
                + stateDir.resolve("sftp-work").resolve(houseCode).toAbsolutePath()
                + "&"
                + sftpOptions
                + "&"
            : "";
    return endpoint
        + separator()
        + download
        + "include=(?i).*\\.csv"
        + "&delay="
        + delayMillis
        + "&readLock=changed&readLockMinAge=1000&readLockMinLength=0"
        + "&move=${header.StepwiseOutcome}/${file:name}"
        + "&backoffErrorThreshold=1&backoffMultiplier=4";
  }

  /** Reject reports go back to the house, beside the source in rejects/. */
  public String rejectsUri() {
    int query = endpoint.indexOf('?');
    String path = query < 0 ? endpoint : endpoint.substring(0, query);
    String options = query < 0 ? "" : endpoint.substring(query + 1);
    return path
        + "/rejects?"
        + (options.isEmpty() ? "" : options + "&")
        + (endpoint.startsWith("sftp:") ? sftpOptions + "&" : "")
        + "fileName=${header.StepwiseReportName}";
  }

  /** The local directory of a {@code file:} drop, if this is one. */
  public Optional<Path> localDirectory() {
    if (!endpoint.startsWith("file:")) {
      return Optional.empty();
    }
    String path = endpoint.substring("file:".length());
    int query = path.indexOf('?');
    return Optional.of(Path.of(query < 0 ? path : path.substring(0, query)));
  }

  private String separator() {
    return endpoint.contains("?") ? "&" : "?";
  }
}
