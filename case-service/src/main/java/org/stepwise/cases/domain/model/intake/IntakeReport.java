package org.stepwise.cases.domain.model.intake;

import java.time.Instant;
import java.util.List;

/**
 * What became of one file or feed page a house sent: how many rows were stored, were duplicates, or
 * were rejected, and each rejected row with its line and reason. Append-only.
 */
public record IntakeReport(
    Long id,
    long houseId,
    String houseCode,
    String channel,
    String sourceName,
    String outcome,
    int accepted,
    int duplicates,
    int rejected,
    String receivedBy,
    Instant receivedAt,
    List<Reject> rejects) {

  /** Rejected rows kept per report; a larger file keeps its first ones and its count. */
  public static final int MAX_REJECTS = 10_000;

  /** The same report as stored under {@code id}. */
  public IntakeReport withId(long id) {
    return new IntakeReport(
        id,
        houseId,
        houseCode,
        channel,
        sourceName,
        outcome,
        accepted,
        duplicates,
        rejected,
        receivedBy,
        receivedAt,
        rejects);
  }

  /**
   * One rejected row; {@code clientRef} is the house's reference on the row, if it had one, and
   * {@code clientId} the client it resolved to at the house when the report was stored.
   */
  public record Reject(
      long line,
      String sourceRecordId,
      String field,
      String code,
      String reason,
      String clientRef,
      Long clientId) {}
}
