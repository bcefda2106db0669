package org.stepwise.cases.domain.model.appointment;

import java.time.Instant;
import java.time.LocalDate;

/** How the appointment of one series on one day went, as last recorded. */
public record Occurrence(
    long seriesId,
    LocalDate scheduledOn,
    OccurrenceOutcome outcome,
    String recordedBy,
    Instant recordedAt) {}
