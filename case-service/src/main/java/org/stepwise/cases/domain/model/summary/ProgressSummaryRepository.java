package org.stepwise.cases.domain.model.summary;

import java.util.List;

/** Where generated summaries are kept; a summary is never changed once stored. */
public interface ProgressSummaryRepository {

  /**
   * Stores new summaries in batches; a cadence summary that exists already for its client, clinic
   * and period is skipped. Returns the ids given, in order (null for a skipped one).
   */
  List<Long> addAll(List<ProgressSummary> summaries);

  /**
   * Active clients referred to the clinic, in treatment by the period's end, without a cadence
   * summary for the period yet, with the clinician their referral names.
   */
  List<Referred> awaitingCadenceSummary(long clinicId, String clinicCode, Period period);

  /** A referred client and the clinician named in the referral (may be null). */
  record Referred(long clientId, String clinician) {}
}
