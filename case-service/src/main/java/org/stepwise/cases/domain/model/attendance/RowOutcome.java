package org.stepwise.cases.domain.model.attendance;

/** What became of one row of a batch. */
public record RowOutcome(
    int index, String sourceRecordId, Result result, String field, String code, String reason) {

  /** The three answers a row can get. */
  public enum Result {
    ACCEPTED,
    DUPLICATE,
    REJECTED
  }

  static RowOutcome accepted(int index, String sourceRecordId) {
    return new RowOutcome(index, sourceRecordId, Result.ACCEPTED, null, null, null);
  }

  static RowOutcome duplicate(int index, String sourceRecordId, String reason) {
    return new RowOutcome(
        index, sourceRecordId, Result.DUPLICATE, "sourceRecordId", "DUPLICATE", reason);
  }

  static RowOutcome rejected(
      int index, String sourceRecordId, String field, String code, String reason) {
    return new RowOutcome(index, sourceRecordId, Result.REJECTED, field, code, reason);
  }
}
