package org.stepwise.cases.domain.model.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.stepwise.cases.domain.model.client.ClientStatus;

/**
 * A client's written consent to disclose (42 CFR Part 2 §2.31): who may disclose, to whom (a
 * clinic, or one clinician there), for what purpose, which sections, from when until a date or an
 * event, the signature, and whether the client was told of the right to revoke. Never changed; a
 * revocation is added.
 */
public record Consent(
    Long id,
    long clientId,
    String discloser,
    long clinicId,
    String clinicCode,
    Long clinicianId,
    String clinicianUsername,
    String purpose,
    Set<Section> sections,
    LocalDate effectiveFrom,
    LocalDate expiresOn,
    ExpiryEvent expiryEvent,
    String signedBy,
    LocalDate signedOn,
    SignatureMethod signatureMethod,
    boolean revocationRightExplained,
    String recordedBy,
    Instant recordedAt,
    Revocation revocation) {

  /** Why nothing may be disclosed under this consent on {@code today}, if anything. */
  public Optional<String> withheldReason(LocalDate today, ClientStatus clientStatus) {
    if (revocation != null) {
      return Optional.of("CONSENT_REVOKED");
    }
    if (today.isBefore(effectiveFrom)) {
      return Optional.of("CONSENT_NOT_YET_EFFECTIVE");
    }
    if (expiresOn != null && today.isAfter(expiresOn)) {
      return Optional.of("CONSENT_EXPIRED");
    }
    if (expiryEvent == ExpiryEvent.END_OF_TREATMENT && clientStatus == ClientStatus.DISCHARGED) {
      return Optional.of("CONSENT_ENDED_WITH_TREATMENT");
    }
    return Optional.empty();
  }

  public boolean isActive(LocalDate today, ClientStatus clientStatus) {
    return withheldReason(today, clientStatus).isEmpty();
  }

  /**
   * Whether it names this recipient: the clinic, and either no clinician (the whole clinic) or this
   * one.
   */
  public boolean covers(long clinic, String clinicianUsername) {
    return clinicId == clinic
        && (clinicianId == null || this.clinicianUsername.equals(clinicianUsername));
  }

  public Consent revoked(Revocation r) {
    return copy(id, r);
  }

  public Consent withId(long newId) {
    return copy(newId, revocation);
  }

  private Consent copy(Long newId, Revocation r) {
    return new Consent(
        newId,
        clientId,
        discloser,
        clinicId,
        clinicCode,
        clinicianId,
        clinicianUsername,
        purpose,
        sections,
        effectiveFrom,
        expiresOn,
        expiryEvent,
        signedBy,
        signedOn,
        signatureMethod,
        revocationRightExplained,
        recordedBy,
        recordedAt,
        r);
  }
}
