package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.consent.ConsentRepository;
import org.stepwise.cases.domain.model.delivery.AttemptOutcome;
import org.stepwise.cases.domain.model.delivery.Delivery;
import org.stepwise.cases.domain.model.delivery.DeliveryAttempt;
import org.stepwise.cases.domain.model.delivery.DeliveryChange;
import org.stepwise.cases.domain.model.delivery.DeliveryRepository;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.domain.model.delivery.RetryPolicy;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.delivery.TrackedSummaryQueries;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.Disclosures;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics.SummaryOutcome;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Delivery of summaries as the routes drive it: which are due (each one's consent checked again at
 * that moment: a consent revoked or expired since generation withholds it), what became of each
 * attempt (back-off, FAILED after the last), and an admin's retry of a failed one. Every change is
 * one of {@link Delivery}'s transitions, applied only if nothing changed the delivery since it was
 * read; one that lost a race is decided again on what is stored now.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

  /** Enough for any real interleaving: each lost race means another report has been applied. */
  private static final int DECISIONS = 5;

  @Inject private DeliveryRepository deliveries;
  @Inject private TrackedSummaryQueries summaries;
  @Inject private ConsentRepository consents;
  @Inject private ClinicRepository clinics;
  @Inject private Disclosures disclosures;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;
  @Inject private AttentionService attention;
  @Inject private ApplicationMetrics metrics;

  @Inject
  @ConfigProperty(name = "stepwise.delivery.max-attempts", defaultValue = "5")
  private int maxAttempts;

  @Inject
  @ConfigProperty(name = "stepwise.delivery.retry-base-seconds", defaultValue = "60")
  private long retryBaseSeconds;

  /** How long a claimed delivery is left to the poller that took it before it is due again. */
  @Inject
  @ConfigProperty(name = "stepwise.delivery.lease-seconds", defaultValue = "300")
  private long leaseSeconds;

  /** A summary to deliver, with its clinic's channel and the lease its report must name. */
  public record Due(TrackedSummary summary, Clinic clinic) {
    public UUID lease() {
      return summary.delivery().lease();
    }
  }

  public record DueDeliveries(List<Due> items) {
    public List<Long> clientIds() {
      return items.stream().map(d -> d.summary().clientId()).toList();
    }
  }

  @Audited(action = AuditAction.READ, record = "progress-summary")
  public DueDeliveries due(int limit) {
    Instant now = calendar.now();
    LocalDate today = calendar.today();
    Map<Long, Delivery> claimed =
        deliveries.claimDue(now, limit, Duration.ofSeconds(leaseSeconds)).stream()
            .collect(Collectors.toMap(Delivery::summaryId, Function.identity()));
    if (claimed.isEmpty()) {
      return new DueDeliveries(List.of());
    }
    List<TrackedSummary> found = summaries.withDocuments(claimed.keySet());
    Map<Long, ConsentRepository.Standing> standing =
        consents.standing(found.stream().map(TrackedSummary::consentId).toList());
    Map<Long, Clinic> byId =
        clinics.all().stream().collect(Collectors.toMap(Clinic::id, Function.identity()));
    List<Due> due = new ArrayList<>();
    List<Long> withheldClients = new ArrayList<>();
    for (TrackedSummary s : found) {
      ConsentRepository.Standing st = standing.get(s.consentId());
      Optional<String> withheld =
          st == null
              ? Optional.of("NO_CONSENT")
              : st.consent().withheldReason(today, st.clientStatus());
      Delivery delivery = claimed.get(s.id());
      if (withheld.isPresent()) {
        deliveries.apply(delivery.withhold(withheld.get()));
        withheldClients.add(s.clientId());
        continue;
      }
      due.add(
          new Due(
              new TrackedSummary(s.summary(), delivery, List.of(), s.acknowledgement()),
              byId.get(s.summary().recipient().clinicId())));
    }
    if (!withheldClients.isEmpty()) {
      metrics.summaries(SummaryOutcome.WITHHELD, withheldClients.size());
      attention.evaluate(withheldClients);
    }
    return new DueDeliveries(due);
  }

  /**
   * What one attempt came to; a delivery is a disclosure and is audited as one, and a delivery
   * confirmed after the consent was revoked is audited as such and listed for the program admin.
   */
  @Audited(action = AuditAction.UPDATE, record = "delivery")
  public TrackedSummary outcome(
      long summaryId, UUID lease, AttemptOutcome outcome, Integer httpStatus, String detail) {
    DeliveryAttempt attempt =
        new DeliveryAttempt(calendar.now(), outcome, httpStatus, detail, user.username());
    RetryPolicy policy = new RetryPolicy(maxAttempts, Duration.ofSeconds(retryBaseSeconds));
    DeliveryChange applied = null;
    for (int i = 0; i < DECISIONS && applied == null; i++) {
      Optional<DeliveryChange> change = find(summaryId).report(lease, attempt, policy);
      if (change.isEmpty()) {
        break; // the same report again (a lost answer retried): nothing new happened
      }
      if (deliveries.apply(change.get())) {
        applied = change.get();
      }
    }
    TrackedSummary now = summaries.find(summaryId).orElseThrow();
    if (applied != null && (applied.disclosed() || applied.to() == DeliveryStatus.FAILED)) {
      metrics.summaries(applied.disclosed() ? SummaryOutcome.DELIVERED : SummaryOutcome.FAILED, 1);
      attention.evaluate(List.of(now.clientId())); // raises or clears "summary not sent"
    }
    if (applied != null && applied.disclosed()) {
      String operation =
          applied.disclosedAfterRevocation()
              ? "DeliveryService.outcome.afterRevocation"
              : "DeliveryService.outcome";
      disclosures.disclosed(
          operation, "progress-summary", summaryId, now.clientId(), now.consentId());
    }
    return now;
  }

  /** Deliveries in a status (FAILED by default) for the admin's list. */
  @Audited(action = AuditAction.READ, record = "delivery")
  public Listing withStatus(DeliveryStatus status) {
    return new Listing(summaries.withStatus(status, 200));
  }

  /** Several clients' summaries: the audit trail gets an event per client. */
  public record Listing(List<TrackedSummary> items) {
    public List<Long> clientIds() {
      return items.stream().map(TrackedSummary::clientId).distinct().toList();
    }
  }

  /** An admin sends a failed delivery again: PENDING now, a fresh budget of attempts. */
  @Audited(action = AuditAction.UPDATE, record = "delivery")
  public TrackedSummary retry(long summaryId) {
    if (!deliveries.apply(find(summaryId).retry(calendar.now()))) {
      throw new Conflict("status", "CHANGED", "the delivery changed meanwhile; look again");
    }
    TrackedSummary now = summaries.find(summaryId).orElseThrow();
    attention.evaluate(List.of(now.clientId()));
    return now;
  }

  private Delivery find(long summaryId) {
    return deliveries.find(summaryId).orElseThrow(() -> new NotFound("delivery", summaryId));
  }
}
