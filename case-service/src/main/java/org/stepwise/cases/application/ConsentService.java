package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.ConsentRepository;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Revocation;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.domain.model.delivery.DeliveryRepository;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics.SummaryOutcome;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * ConsentRepository to disclose (42 CFR Part 2 §2.31), recorded and revoked by whoever keeps the
 * client's chart. A consent is never edited: a new one is recorded, an old one revoked; all are
 * kept.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

  @Inject private AttentionService attention;
  @Inject private ClientAccess access;
  @Inject private ConsentRepository consents;
  @Inject private ClinicRepository clinics;
  @Inject private DeliveryRepository deliveries;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;
  @Inject private ApplicationMetrics metrics;

  /** A consent as the case manager records it from the signed form. */
  public record NewConsent(
      String discloser,
      String clinicCode,
      String clinicianUsername,
      String purpose,
      Set<Section> sections,
      LocalDate effectiveFrom,
      LocalDate expiresOn,
      ExpiryEvent expiryEvent,
      String signedBy,
      LocalDate signedOn,
      SignatureMethod signatureMethod,
      boolean revocationRightExplained) {}

  /** A consent and where it stands today: ACTIVE, or why it discloses nothing. */
  public record ConsentState(Consent consent, String status) {
    public Long id() {
      return consent.id();
    }
  }

  @Audited(action = AuditAction.READ, record = "consent")
  public List<ConsentState> ofClient(@ClientId long clientId) {
    Client client = access.chart(clientId);
    return consents.ofClient(clientId).stream().map(c -> state(c, client)).toList();
  }

  private ConsentState state(Consent c, Client client) {
    return new ConsentState(
        c,
        c.withheldReason(calendar.today(), client.status())
            .map(r -> r.replace("CONSENT_", ""))
            .orElse("ACTIVE"));
  }

  @Audited(action = AuditAction.CREATE, record = "consent")
  public ConsentState record(@ClientId long clientId, NewConsent c) {
    Client client = access.chart(clientId);
    Clinic clinic =
        clinics
            .byCode(c.clinicCode())
            .orElseThrow(
                () -> new RuleViolation("recipient.clinic", "UNKNOWN_CLINIC", "no such clinic"));
    Long clinicianId = null;
    if (c.clinicianUsername() != null) {
      Clinician clinician =
          clinic.clinicians().stream()
              .filter(d -> d.username().equals(c.clinicianUsername()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new RuleViolation(
                          "recipient.clinician",
                          "UNKNOWN_CLINICIAN",
                          "no such clinician at this clinic"));
      clinicianId = clinician.id();
    }
    LocalDate today = calendar.today();
    if (c.signedOn().isAfter(today)) {
      throw new RuleViolation("signature.signedOn", "FUTURE", "a consent cannot be signed later");
    }
    if (c.expiresOn() != null && c.expiresOn().isBefore(c.effectiveFrom())) {
      throw new RuleViolation(
          "expiry.date", "BEFORE_EFFECTIVE", "the consent would expire before it starts");
    }
    Consent consent =
        new Consent(
            null,
            clientId,
            c.discloser(),
            clinic.id(),
            clinic.code(),
            clinicianId,
            c.clinicianUsername(),
            c.purpose(),
            c.sections(),
            c.effectiveFrom(),
            c.expiresOn(),
            c.expiryEvent(),
            c.signedBy(),
            c.signedOn(),
            c.signatureMethod(),
            c.revocationRightExplained(),
            user.username(),
            calendar.now(),
            null);
    ConsentState recorded = state(consent.withId(consents.add(consent)), client);
    attention.evaluate(java.util.List.of(clientId));
    return recorded;
  }

  @Audited(action = AuditAction.UPDATE, record = "consent")
  public ConsentState revoke(@ClientId long clientId, long consentId, String reason) {
    Client client = access.chart(clientId);
    Consent consent =
        consents.find(clientId, consentId).orElseThrow(() -> new NotFound("consent", consentId));
    Revocation revocation = new Revocation(calendar.now(), reason, user.username());
    if (!consents.revoke(consentId, revocation)) {
      throw new Conflict("consent", "ALREADY_REVOKED", "the consent was revoked before");
    }
    // nothing more leaves under it; a document out with a poller now is marked, so that its
    // delivery, if the clinic confirms it, is recorded as a disclosure after revocation
    metrics.summaries(
        SummaryOutcome.WITHHELD,
        deliveries.withholdUnderConsent(consentId, "CONSENT_REVOKED", revocation.revokedAt()));
    ConsentState revoked = state(consent.revoked(revocation), client);
    attention.evaluate(java.util.List.of(clientId));
    return revoked;
  }
}
