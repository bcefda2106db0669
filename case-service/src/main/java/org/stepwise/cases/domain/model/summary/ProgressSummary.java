package org.stepwise.cases.domain.model.summary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stepwise.cases.domain.model.consent.Section;

/**
 * A progress summary for one client, one recipient and one period, frozen once generated, with the
 * state of its delivery and the log of attempts. {@code document} is the FHIR Bundle as generated
 * (absent when withheld at generation).
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
    SummaryStatus status,
    String statusReason,
    int attempts,
    Instant nextAttemptAt,
    Instant deliveredAt,
    String lastError,
    String generatedBy,
    Instant generatedAt,
    List<DeliveryAttempt> log) {}
