package org.stepwise.cases.domain.model.overview;

/**
 * What the flags read beyond attendance, recovery dates and appointments: whether the client's
 * latest PHQ-9 answered item 9 (thoughts of self-harm) above 0, and whether a consent in force
 * expires within {@value #CONSENT_EXPIRY_DAYS} days.
 */
public record AlertFacts(boolean selfHarmThoughts, boolean consentExpiring) {

  public static final int CONSENT_EXPIRY_DAYS = 14;

  public static final AlertFacts NONE = new AlertFacts(false, false);
}
