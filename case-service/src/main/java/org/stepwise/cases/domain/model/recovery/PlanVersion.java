package org.stepwise.cases.domain.model.recovery;

import java.time.Instant;
import org.stepwise.cases.domain.shared.StaleVersion;

/**
 * One saved version of a client's relapse-prevention plan: numbered from 1, with who saved it and
 * when. A version is never changed; a save is the next version.
 */
public record PlanVersion(
    long clientId, int number, RelapsePreventionPlan plan, String savedBy, Instant savedAt) {

  /** The version a client without a plan stands at: saving against it makes version 1. */
  public static final int NONE = 0;

  /**
   * The version that follows {@code current} (or the first, when there is none) for a save made
   * against {@code expected}; a save against an older version is refused.
   */
  public static PlanVersion next(
      long clientId,
      PlanVersion current,
      long expected,
      RelapsePreventionPlan plan,
      String savedBy,
      Instant savedAt) {
    int now = current == null ? NONE : current.number();
    if (expected != now) {
      throw new StaleVersion(expected, now);
    }
    return new PlanVersion(clientId, now + 1, plan, savedBy, savedAt);
  }
}
