package org.stepwise.routes.intake;

/**
 * A row the house has to fix: its line, its own record id if it had one, and why. {@code clientRef}
 * is the row's client reference when it was read, so case-service can show the row to that client's
 * case manager only.
 */
public record RowReject(
    long line, String sourceRecordId, String field, String code, String reason, String clientRef) {

  /** A reject about the file or a row whose client is not known. */
  public RowReject(long line, String sourceRecordId, String field, String code, String reason) {
    this(line, sourceRecordId, field, code, reason, null);
  }
}
