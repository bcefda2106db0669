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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.Clinics;
import org.stepwise.cases.domain.model.consent.Consents;
import org.stepwise.cases.domain.model.summary.AttemptOutcome;
import org.stepwise.cases.domain.model.summary.DeliveryAttempt;
import org.stepwise.cases.domain.model.summary.ProgressSummaries;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.RetryPolicy;
import org.stepwise.cases.domain.model.summary.SummaryStatus;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.Disclosures;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Delivery of summaries as the routes drive it: which are due (each one's consent checked again at
 * that moment: a consent revoked or expired since generation withholds it), what became of each
 * attempt (back-off, FAILED after the last), and an admin's retry of a failed one.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

  @Inject private ProgressSummaries summaries;
  @Inject private Consents consents;
  @Inject private Clinics clinics;
  @Inject private Disclosures disclosures;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

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

  /** A summary to deliver, with its clinic's channel. */
  public record Due(ProgressSummary summary, Clinic clinic) {}

  public record DueDeliveries(List<Due> items) {
    public List<Long> clientIds() {
      return items.stream().map(d -> d.summary().clientId()).toList();
    }
  }

  @Audited(action = AuditAction.READ, record = "progress-summary")
  public DueDeliveries due(int limit) {
    Instant now = calendar.now();
    LocalDate today = calendar.today();
    List<ProgressSummary> claimed =
        summaries.claimDue(now, limit, Duration.ofSeconds(leaseSeconds));
    if (claimed.isEmpty()) {
      return new DueDeliveries(List.of());
    }
    Map<Long, Consents.Standing> standing =
        consents.standing(claimed.stream().map(ProgressSummary::consentId).toList());
    Map<Long, Clinic> byId =
        clinics.all().stream().collect(Collectors.toMap(Clinic::id, Function.identity()));
    List<Due> due = new ArrayList<>();
    for (ProgressSummary s : claimed) {
      Consents.Standing st = standing.get(s.consentId());
      Optional<String> withheld =
          st == null
              ? Optional.of("NO_CONSENT")
              : st.consent().withheldReason(today, st.clientStatus());
      if (withheld.isPresent()) {
        summaries.withhold(s.id(), withheld.get());
        continue;
      }
      due.add(new Due(s, byId.get(s.recipient().clinicId())));
    }
    return new DueDeliveries(due);
  }

  /** What one attempt came to; a delivery is a disclosure and is audited as one. */
  @Audited(action = AuditAction.UPDATE, record = "delivery")
  public ProgressSummary outcome(
      long summaryId, AttemptOutcome outcome, Integer httpStatus, String detail) {
    ProgressSummary s =
        summaries.find(summaryId).orElseThrow(() -> new NotFound("delivery", summaryId));
    if (s.status() == SummaryStatus.DELIVERED && outcome == AttemptOutcome.DELIVERED) {
      return s; // the same report again (a lost answer retried): nothing new happened
    }
    if (s.status() != SummaryStatus.PENDING) {
      throw new Conflict("status", "NOT_PENDING", "the delivery is " + s.status());
    }
    Instant now = calendar.now();
    DeliveryAttempt attempt =
        new DeliveryAttempt(now, outcome, httpStatus, detail, user.username());
    int made = s.attempts() + 1;
    switch (outcome) {
      case DELIVERED -> {
        summaries.recordAttempt(summaryId, attempt, SummaryStatus.DELIVERED, null);
        disclosures.disclosed(
            "DeliveryService.outcome", "progress-summary", summaryId, s.clientId(), s.consentId());
      }
      case REFUSED -> summaries.recordAttempt(summaryId, attempt, SummaryStatus.FAILED, null);
      case RETRY -> {
        Optional<Duration> wait =
            new RetryPolicy(maxAttempts, Duration.ofSeconds(retryBaseSeconds)).nextDelay(made);
        if (wait.isPresent()) {
          summaries.recordAttempt(summaryId, attempt, SummaryStatus.PENDING, now.plus(wait.get()));
        } else {
          summaries.recordAttempt(summaryId, attempt, SummaryStatus.FAILED, null);
        }
      }
    }
    return summaries.find(summaryId).orElseThrow();
  }

  /** Deliveries in a status (FAILED by default) for the admin's list. */
  @Audited(action = AuditAction.READ, record = "delivery")
  public List<ProgressSummary> withStatus(SummaryStatus status) {
    return summaries.withStatus(status, 200);
  }

  /** An admin sends a failed delivery again: PENDING now, a fresh budget of attempts. */
  @Audited(action = AuditAction.UPDATE, record = "delivery")
  public ProgressSummary retry(long summaryId) {
    ProgressSummary s =
        summaries.find(summaryId).orElseThrow(() -> new NotFound("delivery", summaryId));
    if (s.status() != SummaryStatus.FAILED) {
      throw new Conflict("status", "NOT_FAILED", "only a failed delivery is retried by hand");
    }
    summaries.resetForRetry(summaryId, calendar.now());
    return summaries.find(summaryId).orElseThrow();
  }
}
