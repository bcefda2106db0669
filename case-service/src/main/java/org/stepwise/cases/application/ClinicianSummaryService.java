package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.consent.ConsentRepository;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.domain.model.delivery.AcknowledgementRepository;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.delivery.TrackedSummaryQueries;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * What a referring clinician may read: summaries delivered to their clinic (the token's {@code
 * clinic_id}, and they must be a clinician of that clinic in Stepwise), addressed to the whole
 * clinic or to them, while the consent they were sent under is still active. Anything else answers
 * as if it did not exist, and is audited as DENIED.
 */
@ApplicationScoped
@Transactional
public class ClinicianSummaryService {

  @Inject private TrackedSummaryQueries summaries;
  @Inject private AcknowledgementRepository acknowledgements;
  @Inject private AttentionService attention;
  @Inject private ConsentRepository consents;
  @Inject private ClinicRepository clinics;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** The list: who, which period, when delivered; no content. */
  public record Listing(List<TrackedSummary> items) {
    public List<Long> clientIds() {
      return items.stream().map(TrackedSummary::clientId).toList();
    }
  }

  @Audited(action = AuditAction.READ, record = "progress-summary")
  public Listing list() {
    Clinic clinic = callersClinic();
    if (clinic == null) {
      return new Listing(List.of());
    }
    List<TrackedSummary> delivered = summaries.deliveredTo(clinic.id(), 500);
    if (delivered.isEmpty()) {
      return new Listing(List.of());
    }
    Map<Long, ConsentRepository.Standing> standing =
        consents.standing(delivered.stream().map(TrackedSummary::consentId).toList());
    LocalDate today = calendar.today();
    return new Listing(
        delivered.stream().filter(s -> readable(s, clinic, standing, today)).toList());
  }

  /** One delivered summary, the document as sent: reading it is a disclosure. */
  @Audited(action = AuditAction.DISCLOSE, record = "progress-summary")
  public TrackedSummary read(long summaryId) {
    return readable(summaryId);
  }

  /** An acknowledgement with the client it is about (the audit event names both). */
  public record Acknowledged(long clientId, Acknowledgement acknowledgement) {
    public long id() {
      return acknowledgement.summaryId();
    }
  }

  /**
   * The clinician's word that they read a summary they may read, with an optional reply to the case
   * manager; one per summary. The reply joins the client's record, audited like a case note, and
   * the client's "summary unacknowledged" item clears in the same transaction.
   */
  @Audited(action = AuditAction.CREATE, record = "summary-acknowledgement")
  public Acknowledged acknowledge(long summaryId, String reply) {
    TrackedSummary s = readable(summaryId);
    Acknowledgement a = new Acknowledgement(summaryId, user.username(), calendar.now(), reply);
    if (!acknowledgements.add(a)) {
      throw new Conflict(
          "summaryId", "ALREADY_ACKNOWLEDGED", "this summary has been acknowledged already");
    }
    attention.evaluate(List.of(s.clientId()));
    return new Acknowledged(s.clientId(), a);
  }

  private TrackedSummary readable(long summaryId) {
    Clinic clinic = callersClinic();
    TrackedSummary s = summaries.find(summaryId).orElse(null);
    if (clinic == null || s == null) {
      throw new OutOfScope("progress summary", summaryId);
    }
    Map<Long, ConsentRepository.Standing> standing =
        s.consentId() == null ? Map.of() : consents.standing(List.of(s.consentId()));
    if (!readable(s, clinic, standing, calendar.today())) {
      throw new OutOfScope("progress summary", summaryId);
    }
    return s;
  }

  private boolean readable(
      TrackedSummary t,
      Clinic clinic,
      Map<Long, ConsentRepository.Standing> standing,
      LocalDate today) {
    ProgressSummary s = t.summary();
    if (t.delivery().status() != DeliveryStatus.DELIVERED
        || s.recipient().clinicId() != clinic.id()) {
      return false;
    }
    if (s.recipient().clinicianUsername() != null
        && !s.recipient().clinicianUsername().equals(user.username())) {
      return false;
    }
    ConsentRepository.Standing st = standing.get(s.consentId());
    return st != null && st.consent().isActive(today, st.clientStatus());
  }

  /** The clinic the token names, if the caller is one of its clinicians in Stepwise. */
  private Clinic callersClinic() {
    String code = user.clinicId().orElse(null);
    if (code == null) {
      return null;
    }
    Clinic clinic = clinics.byCode(code).orElse(null);
    Clinician me = clinics.clinicianByUsername(user.username()).orElse(null);
    if (clinic == null || me == null || me.clinicId() != clinic.id()) {
      return null;
    }
    return clinic;
  }
}
