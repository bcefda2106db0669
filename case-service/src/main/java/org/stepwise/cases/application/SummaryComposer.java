package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.ConsentRepository;
import org.stepwise.cases.domain.model.delivery.DeliveryRepository;
import org.stepwise.cases.domain.model.summary.ConsentDecision;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository.Referred;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryDocuments;
import org.stepwise.cases.domain.model.summary.SummaryFacts;
import org.stepwise.cases.domain.model.summary.SummaryFactsQueries;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics.SummaryOutcome;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Makes summaries: gathers what a chunk of clients' summaries are made of (in the caller's
 * transaction), renders them (pure computation, any thread; only the sections the consent allows,
 * nothing without an active consent) and stores each with its delivery opened.
 */
@ApplicationScoped
public class SummaryComposer {

  @Inject private ConsentRepository consents;
  @Inject private ProgressSummaryRepository summaries;
  @Inject private DeliveryRepository deliveries;
  @Inject private SummaryFactsQueries facts;
  @Inject private SummaryDocuments documents;
  @Inject private CurrentUser user;
  @Inject private AttentionService attention;
  @Inject private ProgramCalendar calendar;
  @Inject private ApplicationMetrics metrics;

  @Inject
  @ConfigProperty(name = "stepwise.program.name", defaultValue = "Stepwise Aftercare Program")
  private String program;

  /** A summary as made, and why it holds nothing when it was withheld at generation. */
  public record Composed(ProgressSummary summary, String withheldReason) {}

  /** Everything a chunk of summaries is made of; {@link #render()} may run on any thread. */
  public Gathered gather(
      Clinic clinic,
      Period period,
      SummaryKind kind,
      List<Referred> referred,
      ClientStatus knownStatus) {
    List<Long> ids = referred.stream().map(Referred::clientId).toList();
    return new Gathered(
        new Batch(
            clinic,
            period,
            kind,
            knownStatus != null ? knownStatus : ClientStatus.ACTIVE,
            calendar.today(),
            calendar.now(),
            user.username()),
        referred,
        consents.ofClients(ids),
        facts.gather(ids, period));
  }

  /** Stores the summaries and opens their deliveries; the ids given, null for a skipped one. */
  public List<Long> store(List<Composed> made) {
    List<Long> ids = summaries.addAll(made.stream().map(Composed::summary).toList());
    List<Long> stored = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<Long> withheldClients = new ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      if (ids.get(i) != null) {
        stored.add(ids.get(i));
        reasons.add(made.get(i).withheldReason());
        if (made.get(i).withheldReason() != null) {
          withheldClients.add(made.get(i).summary().clientId());
        }
      }
    }
    if (!stored.isEmpty()) {
      deliveries.openAll(stored, reasons, calendar.now());
      metrics.summaries(SummaryOutcome.GENERATED, stored.size());
      metrics.summaries(SummaryOutcome.WITHHELD, withheldClients.size());
    }
    if (!withheldClients.isEmpty()) {
      attention.evaluate(withheldClients); // "summary not sent"; cleared ones at the next run
    }
    return ids;
  }

  /** What every summary of a chunk shares. */
  private record Batch(
      Clinic clinic,
      Period period,
      SummaryKind kind,
      ClientStatus status,
      LocalDate today,
      Instant now,
      String by) {}

  /** A gathered chunk. */
  public final class Gathered {
    private final Batch batch;
    private final List<Referred> referred;
    private final Map<Long, List<Consent>> consentsByClient;
    private final Map<Long, SummaryFacts> facts;

    private Gathered(
        Batch batch,
        List<Referred> referred,
        Map<Long, List<Consent>> consentsByClient,
        Map<Long, SummaryFacts> facts) {
      this.batch = batch;
      this.referred = referred;
      this.consentsByClient = consentsByClient;
      this.facts = facts;
    }

    /** The summaries, rendered over the cores. */
    public List<Composed> render() {
      Composed[] made = new Composed[referred.size()];
      IntStream.range(0, referred.size())
          .parallel()
          .forEach(
              i -> {
                Referred r = referred.get(i);
                ConsentDecision decision =
                    ConsentDecision.choose(
                        consentsByClient.getOrDefault(r.clientId(), List.of()),
                        batch.clinic().id(),
                        r.clinician(),
                        batch.today(),
                        batch.status());
                made[i] = compose(batch, r, decision, facts.get(r.clientId()));
              });
      return List.of(made);
    }
  }

  private Composed compose(Batch b, Referred referred, ConsentDecision decision, SummaryFacts f) {
    UUID bundleId = UUID.randomUUID();
    Consent consent = decision.allowed() ? decision.consent() : null;
    Recipient recipient = recipient(b.clinic(), consent);
    if (consent == null) {
      return new Composed(
          new ProgressSummary(
              null,
              referred.clientId(),
              recipient,
              null,
              b.kind(),
              b.period(),
              Set.of(),
              bundleId,
              null,
              b.by(),
              b.now()),
          decision.withheldReason());
    }
    String document =
        documents.render(bundleId, b.now(), b.period(), f, recipient, consent.sections(), program);
    return new Composed(
        new ProgressSummary(
            null,
            referred.clientId(),
            recipient,
            consent.id(),
            b.kind(),
            b.period(),
            consent.sections(),
            bundleId,
            document,
            b.by(),
            b.now()),
        null);
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
