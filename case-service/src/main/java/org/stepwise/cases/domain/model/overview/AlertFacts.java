package org.stepwise.cases.domain.model.overview;

import java.util.Set;
import org.stepwise.cases.domain.model.toxicology.TestResult;

/**
 * What the flags read beyond attendance, recovery dates and appointments: whether the client's
 * latest PHQ-9 answered item 9 (thoughts of self-harm) above 0; whether a consent in force expires
 * within {@value #CONSENT_EXPIRY_DAYS} days; whether the latest summary to a clinic was not sent
 * (FAILED or WITHHELD); whether a summary delivered {@value #UNACKNOWLEDGED_DAYS} to {@value
 * #ACKNOWLEDGEMENT_WINDOW_DAYS} days ago has no acknowledgement from its clinic (of it or of a
 * later one); which of POSITIVE (not explained by a prescription), REFUSED and MISSED the client's
 * drug tests of the last {@value #DRUG_TEST_DAYS} days came to.
 */
public record AlertFacts(
    boolean selfHarmThoughts,
    boolean consentExpiring,
    boolean summaryNotSent,
    boolean summaryUnacknowledged,
    Set<TestResult> drugTestConcerns) {

  /** How far back a positive, refused or missed test stays on the caseload row. */
  public static final int DRUG_TEST_DAYS = 30;

  public static final int CONSENT_EXPIRY_DAYS = 14;

  /** How long a clinic has to acknowledge a delivered summary before the case manager is told. */
  public static final int UNACKNOWLEDGED_DAYS = 14;

  /** Older deliveries are history: an unread summary from last year is no longer a call to make. */
  public static final int ACKNOWLEDGEMENT_WINDOW_DAYS = 90;

  public static final AlertFacts NONE = new AlertFacts(false, false, false, false, Set.of());
}
