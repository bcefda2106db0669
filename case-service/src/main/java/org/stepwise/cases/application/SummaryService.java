package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.clinic.Clinics;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.Consents;
import org.stepwise.cases.domain.model.summary.ConsentDecision;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummaries;
import org.stepwise.cases.domain.model.summary.ProgressSummaries.Referred;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryDocuments;
import org.stepwise.cases.domain.model.summary.SummaryFacts;
import org.stepwise.cases.domain.model.summary.SummaryFactsQuery;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.domain.model.summary.SummaryStatus;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Generates progress summaries: on each clinic's cadence for every active client referred to it,
 * and on demand by a case manager. A summary holds only the sections its consent allows and is
 * frozen once generated; without an active consent it is recorded WITHHELD with the reason, and
 * holds nothing.
 */
@ApplicationScoped
@Transactional
public class SummaryService {

  /** Clients gathered, rendered and written together; bounds memory on large runs. */
  private static final int CHUNK = 1000;

  @Inject private ClientAccess access;
  @Inject private Clinics clinics;
  @Inject private Consents consents;
  @Inject private ProgressSummaries summaries;
  @Inject private SummaryFactsQuery facts;
  @Inject private SummaryDocuments documents;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  @Inject
  @ConfigProperty(name = "stepwise.program.name", defaultValue = "Stepwise Aftercare Program")
  private String program;

  /** What a cadence run did; the audit trail gets one CREATE per client. */
  public record RunResult(
      List<ClinicRun> clinics, int pending, int withheld, List<Long> clientIds) {}

  public record ClinicRun(String clinic, Period period, int generated) {}

  @Audited(action = AuditAction.CREATE, record = "progress-summary")
  public RunResult runCadence() {
    LocalDate today = calendar.today();
    RunTally tally = new RunTally();
    List<ClinicRun> runs = new ArrayList<>();
    for (Clinic clinic : clinics.all()) {
      Period period = clinic.cadence().lastCompletePeriod(today);
      List<Referred> referred =
          summaries.awaitingCadenceSummary(clinic.id(), clinic.code(), period);
      int before = tally.clientIds.size();
      // a pipeline: while one chunk is rendered (CPU), the next is gathered and the previous
      // stored (database)
      CompletableFuture<List<ProgressSummary>> rendering = null;
      for (int from = 0; from < referred.size(); from += CHUNK) {
        List<Referred> chunk = referred.subList(from, Math.min(referred.size(), from + CHUNK));
        Gathered next = gather(clinic, period, SummaryKind.CADENCE, chunk, null);
        if (rendering != null) {
          tally.store(rendering.join());
        }
        rendering = CompletableFuture.supplyAsync(next::render);
      }
      if (rendering != null) {
        tally.store(rendering.join());
      }
      runs.add(new ClinicRun(clinic.code(), period, tally.clientIds.size() - before));
    }
    return new RunResult(runs, tally.pending, tally.withheld, tally.clientIds);
  }

  /** What a run stored; a summary another run made first is not counted. */
  private final class RunTally {
    final List<Long> clientIds = new ArrayList<>();
    int pending;
    int withheld;

    void store(List<ProgressSummary> made) {
      List<Long> ids = summaries.addAll(made);
      for (int i = 0; i < made.size(); i++) {
        if (ids.get(i) == null) {
          continue;
        }
        clientIds.add(made.get(i).clientId());
        if (made.get(i).status() == SummaryStatus.WITHHELD) {
          withheld++;
        } else {
          pending++;
        }
      }
    }
  }

  /** A summary now, for the client's referring clinic; the period defaults to the last 7 days. */
  @Audited(action = AuditAction.CREATE, record = "progress-summary")
  public ProgressSummary onDemand(@ClientId long clientId, LocalDate start, LocalDate end) {
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
    List<ProgressSummary> made =
        gather(
                clinic,
                new Period(from, to),
                SummaryKind.ON_DEMAND,
                List.of(new Referred(clientId, client.referral().clinician())),
                client.status())
            .render();
    ProgressSummary summary = made.get(0);
    Long id = summaries.addAll(made).get(0);
    return summaries.find(id).orElse(summary);
  }

  @Audited(action = AuditAction.READ, record = "progress-summary")
  public List<ProgressSummary> ofClient(@ClientId long clientId) {
    access.chart(clientId);
    return summaries.ofClient(clientId, 200);
  }

  /** What was (or will be) sent, to whom, under which consent, and how delivery went. */
  @Audited(action = AuditAction.READ, record = "progress-summary")
  public ProgressSummary find(@ClientId long clientId, long summaryId) {
    access.chart(clientId);
    ProgressSummary summary =
        summaries.find(summaryId).orElseThrow(() -> new NotFound("progress summary", summaryId));
    if (summary.clientId() != clientId) {
      throw new OutOfScope("progress summary", summaryId);
    }
    return summary;
  }

  /**
   * Everything a chunk of summaries is made of, read from the database in the caller's transaction;
   * {@link #render()} is pure computation and may run on any thread.
   */
  private Gathered gather(
      Clinic clinic,
      Period period,
      SummaryKind kind,
      List<Referred> referred,
      ClientStatus knownStatus) {
    List<Long> ids = referred.stream().map(Referred::clientId).toList();
    return new Gathered(
        clinic,
        period,
        kind,
        referred,
        knownStatus != null ? knownStatus : ClientStatus.ACTIVE,
        consents.ofClients(ids),
        facts.gather(ids, period),
        calendar.today(),
        calendar.now(),
        user.username());
  }

  private final class Gathered {
    private final Clinic clinic;
    private final Period period;
    private final SummaryKind kind;
    private final List<Referred> referred;
    private final ClientStatus status;
    private final Map<Long, List<Consent>> consentsByClient;
    private final Map<Long, SummaryFacts> facts;
    private final LocalDate today;
    private final Instant now;
    private final String by;

    Gathered(
        Clinic clinic,
        Period period,
        SummaryKind kind,
        List<Referred> referred,
        ClientStatus status,
        Map<Long, List<Consent>> consentsByClient,
        Map<Long, SummaryFacts> facts,
        LocalDate today,
        Instant now,
        String by) {
      this.clinic = clinic;
      this.period = period;
      this.kind = kind;
      this.referred = referred;
      this.status = status;
      this.consentsByClient = consentsByClient;
      this.facts = facts;
      this.today = today;
      this.now = now;
      this.by = by;
    }

    /** The summaries, rendered over the cores. */
    List<ProgressSummary> render() {
      ProgressSummary[] made = new ProgressSummary[referred.size()];
      IntStream.range(0, referred.size())
          .parallel()
          .forEach(
              i -> {
                Referred r = referred.get(i);
                ConsentDecision decision =
                    ConsentDecision.choose(
                        consentsByClient.getOrDefault(r.clientId(), List.of()),
                        clinic.id(),
                        r.clinician(),
                        today,
                        status);
                made[i] =
                    summary(clinic, period, kind, r, decision, facts.get(r.clientId()), now, by);
              });
      return List.of(made);
    }
  }

  private ProgressSummary summary(
      Clinic clinic,
      Period period,
      SummaryKind kind,
      Referred referred,
      ConsentDecision decision,
      SummaryFacts f,
      Instant now,
      String by) {
    UUID bundleId = UUID.randomUUID();
    Recipient recipient = recipient(clinic, decision.allowed() ? decision.consent() : null);
    if (!decision.allowed()) {
      return new ProgressSummary(
          null,
          referred.clientId(),
          recipient,
          null,
          kind,
          period,
          Set.of(),
          bundleId,
          null,
          SummaryStatus.WITHHELD,
          decision.withheldReason(),
          0,
          null,
          null,
          null,
          by,
          now,
          List.of());
    }
    Consent consent = decision.consent();
    String document =
        documents.render(bundleId, now, period, f, recipient, consent.sections(), program);
    return new ProgressSummary(
        null,
        referred.clientId(),
        recipient,
        consent.id(),
        kind,
        period,
        consent.sections(),
        bundleId,
        document,
        SummaryStatus.PENDING,
        null,
        0,
        now,
        null,
        null,
        by,
        now,
        List.of());
  }

  /** The clinic, and the clinician when the consent names one. */
  private static Recipient recipient(Clinic clinic, Consent consent) {
    Clinician named =
        consent == null || consent.clinicianId() == null
            ? null
            : clinic.clinicians().stream()
                .filter(d -> d.id().equals(consent.clinicianId()))
                .findFirst()
                .orElse(null);
    return new Recipient(
        clinic.id(),
        clinic.code(),
        clinic.name(),
        clinic.npi(),
        named == null ? null : named.id(),
        named == null ? null : named.username(),
        named == null ? null : named.name());
  }
}
