package org.stepwise.cases.interfaces.rest.summary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.domain.model.delivery.Delivery;
import org.stepwise.cases.domain.model.delivery.DeliveryAttempt;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.summary.ProgressSummary;

/**
 * A summary as case managers and admins see it: what was sent (the document, when asked for one
 * summary), to whom, under which consent, how delivery went and whether the clinic acknowledged it.
 */
public record SummaryView(
    long id,
    long clientId,
    RecipientView recipient,
    Long consentId,
    String kind,
    LocalDate periodStart,
    LocalDate periodEnd,
    Set<Section> sections,
    UUID bundleId,
    String status,
    String statusReason,
    int attempts,
    Instant nextAttemptAt,
    Instant deliveredAt,
    String lastError,
    String generatedBy,
    Instant generatedAt,
    List<AttemptView> log,
    AcknowledgementView acknowledgement,
    JsonObject document) {

  /** The clinic's word that it read the summary, and its reply to the case manager. */
  public record AcknowledgementView(String by, Instant at, String reply) {
    static AcknowledgementView of(Acknowledgement a) {
      return a == null ? null : new AcknowledgementView(a.by(), a.at(), a.reply());
    }
  }

  public record RecipientView(String clinic, String clinicName, String clinician) {}

  public record AttemptView(
      Instant attemptedAt, String outcome, Integer httpStatus, String detail, String by) {
    static AttemptView of(DeliveryAttempt a) {
      return new AttemptView(
          a.attemptedAt(), a.outcome().name(), a.httpStatus(), a.detail(), a.by());
    }
  }

  public static SummaryView of(TrackedSummary t, boolean withDocument) {
    ProgressSummary s = t.summary();
    Delivery d = t.delivery();
    return new SummaryView(
        s.id(),
        s.clientId(),
        new RecipientView(
            s.recipient().clinicCode(),
            s.recipient().clinicName(),
            s.recipient().clinicianUsername()),
        s.consentId(),
        s.kind().name(),
        s.period().start(),
        s.period().end(),
        s.sections(),
        s.bundleId(),
        d.status().name(),
        d.statusReason(),
        d.attempts(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        d.lastError(),
        s.generatedBy(),
        s.generatedAt(),
        t.log().stream().map(AttemptView::of).toList(),
        AcknowledgementView.of(t.acknowledgement()),
        withDocument && s.document() != null ? parse(s.document()) : null);
  }

  static JsonObject parse(String document) {
    try (JsonReader reader = Json.createReader(new StringReader(document))) {
      return reader.readObject();
    }
  }
}
