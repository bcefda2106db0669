package org.stepwise.cases.domain.model.toxicology;

import java.time.Instant;
import java.util.Set;
import org.stepwise.cases.domain.model.attendance.SourceChannel;

/**
 * A drug or alcohol test on the client's record: when and how it was collected, why, what it came
 * to, by whom, and where it came from. Never changed; a positive result that a prescription
 * explains carries the case manager's {@link Explanation} beside it, the result itself as reported.
 */
public record DrugTest(
    long id,
    long clientId,
    Instant collectedAt,
    String collectedOffset,
    TestMethod method,
    TestReason reason,
    TestResult result,
    Set<Substance> substancesTested,
    Set<Substance> substancesPositive,
    boolean labConfirmed,
    String collectedBy,
    String source,
    SourceChannel channel,
    String sourceRecordId,
    Instant receivedAt,
    Explanation explanation) {

  /** The case manager's word that a prescription explains a positive result, and why. */
  public record Explanation(String by, Instant at, String reason) {
    public static final int MAX_REASON = 500;
  }

  /** The same test without the explanation (what a house manager sees: nothing of medication). */
  public DrugTest withoutExplanation() {
    return new DrugTest(
        id,
        clientId,
        collectedAt,
        collectedOffset,
        method,
        reason,
        result,
        substancesTested,
        substancesPositive,
        labConfirmed,
        collectedBy,
        source,
        channel,
        sourceRecordId,
        receivedAt,
        null);
  }
}
