package org.stepwise.cases.domain.model.summary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where summaries and their delivery logs are kept. */
public interface ProgressSummaries {

  /**
   * Stores new summaries in batches; a cadence summary that exists already for its client, clinic
   * and period is skipped. Returns the ids given, in order (null for a skipped one).
   */
  List<Long> addAll(List<ProgressSummary> summaries);

  /** A client's summaries, newest first, without documents or logs. */
  List<ProgressSummary> ofClient(long clientId, int limit);

  /** One summary with its document and log. */
  Optional<ProgressSummary> find(long id);

  /**
   * Active clients referred to the clinic, in treatment by the period's end, without a cadence
   * summary for the period yet, with the clinician their referral names.
   */
  List<Referred> awaitingCadenceSummary(long clinicId, String clinicCode, Period period);

  /** A referred client and the clinician named in the referral (may be null). */
  record Referred(long clientId, String clinician) {}

  /**
   * Pending summaries whose next attempt is due, locked and pushed back by {@code lease} so a
   * second poller does not take them while they are being delivered.
   */
  List<ProgressSummary> claimDue(Instant now, int limit, java.time.Duration lease);

  void withhold(long id, String reason);

  void recordAttempt(long id, DeliveryAttempt attempt, SummaryStatus status, Instant nextAttemptAt);

  /** Back to PENDING now with a fresh budget of attempts (the log stays). */
  void resetForRetry(long id, Instant now);

  /** Summaries in a delivery status, newest first, without documents. */
  List<ProgressSummary> withStatus(SummaryStatus status, int limit);

  /** Delivered summaries for a clinic, newest first, without documents. */
  List<ProgressSummary> deliveredTo(long clinicId, int limit);
}
