package org.stepwise.cases.domain.model.summary;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.stepwise.cases.domain.model.consent.Section;

/**
 * A progress summary for one client, one recipient and one period, frozen once generated. {@code
 * document} is the FHIR Bundle as generated, absent when it was withheld at generation; how its
 * delivery goes is a {@link org.stepwise.cases.domain.model.delivery.Delivery} of its own.
 */
public record ProgressSummary(
    Long id,
    long clientId,
    Recipient recipient,
    Long consentId,
    SummaryKind kind,
    Period period,
    Set<Section> sections,
    UUID bundleId,
    String document,
    String generatedBy,
    Instant generatedAt) {

  public ProgressSummary withoutDocument() {
    return new ProgressSummary(
        id,
        clientId,
        recipient,
        consentId,
        kind,
        period,
        sections,
        bundleId,
        null,
        generatedBy,
        generatedAt);
  }
}
