package org.stepwise.cases.domain.model.summary;

import java.time.Instant;
import org.stepwise.cases.domain.shared.StaleVersion;

/**
 * What the case manager writes for the clinic about one period: a draft until marked ready, and
 * only then carried by the summaries whose period holds it. Never filled from case notes.
 */
public record ClinicNarrative(
    long clientId,
    Period period,
    String body,
    boolean ready,
    int version,
    String recordedBy,
    Instant recordedAt) {

  public static final int MAX_LENGTH = 10_000;

  /** The version a period without a narrative stands at: saving against it makes version 1. */
  public static final int NONE = 0;

  /**
   * The narrative as saved over {@code current} (or as the first), if {@code expected} is current.
   */
  public static ClinicNarrative saved(
      ClinicNarrative current,
      long expected,
      long clientId,
      Period period,
      String body,
      boolean ready,
      String by,
      Instant at) {
    int now = current == null ? NONE : current.version();
    if (expected != now) {
      throw new StaleVersion(expected, now);
    }
    return new ClinicNarrative(clientId, period, body, ready, now + 1, by, at);
  }
}
