package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.stepwise.cases.application.SummaryComposer.Composed;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.delivery.TrackedSummaryQueries;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository.Referred;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * A case manager's summaries of one client: one made now for the client's referring clinic, and
 * what was sent (or withheld), to whom, under which consent, and how delivery went.
 */
@ApplicationScoped
@Transactional
public class SummaryService {

  @Inject private ClientAccess access;
  @Inject private ClinicRepository clinics;
  @Inject private SummaryComposer composer;
  @Inject private TrackedSummaryQueries summaries;
  @Inject private ProgramCalendar calendar;

  /** A summary now, for the client's referring clinic; the period defaults to the last 7 days. */
  @Audited(action = AuditAction.CREATE, record = "progress-summary")
  public TrackedSummary onDemand(@ClientId long clientId, LocalDate start, LocalDate end) {
    Client client = access.chart(clientId);
    LocalDate today = calendar.today();
    LocalDate to = end != null ? end : today.minusDays(1);
    LocalDate from = start != null ? start : to.minusDays(6);
    if (to.isAfter(today)) {
      throw new InvalidInput("periodEnd", "FUTURE", "a summary covers days that have passed");
    }
    if (from.isAfter(to)) {
      throw new InvalidInput("periodStart", "AFTER_END", "the period starts after it ends");
    }
    if (ChronoUnit.DAYS.between(from, to) > 366) {
      throw new InvalidInput("periodStart", "TOO_LONG", "a summary covers at most a year");
    }
    String clinicCode = client.referral() == null ? null : client.referral().clinic();
    if (clinicCode == null) {
      throw new RuleViolation("referral", "NO_REFERRAL", "the client has no referring clinic");
    }
    Clinic clinic =
        clinics
            .byCode(clinicCode)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "referral.clinic", "UNKNOWN_CLINIC", "the referring clinic is not set up"));
    List<Composed> made =
        composer
            .gather(
                clinic,
                new Period(from, to),
                SummaryKind.ON_DEMAND,
                List.of(new Referred(clientId, client.referral().clinician())),
                client.status())
            .render();
    long id = composer.store(made).get(0);
    return summaries.find(id).orElseThrow();
  }

  @Audited(action = AuditAction.READ, record = "progress-summary")
  public List<TrackedSummary> ofClient(@ClientId long clientId) {
    access.chart(clientId);
    return summaries.ofClient(clientId, 200);
  }

  /** What was (or will be) sent, to whom, under which consent, and how delivery went. */
  @Audited(action = AuditAction.READ, record = "progress-summary")
  public TrackedSummary find(@ClientId long clientId, long summaryId) {
    access.chart(clientId);
    TrackedSummary summary =
        summaries.find(summaryId).orElseThrow(() -> new NotFound("progress summary", summaryId));
    if (summary.clientId() != clientId) {
      throw new OutOfScope("progress summary", summaryId);
    }
    return summary;
  }
}
