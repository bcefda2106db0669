package org.stepwise.cases.domain.model.overview;

import java.time.Instant;
import java.time.LocalDate;
import org.stepwise.cases.domain.model.client.ClientStatus;

/** What the flags are computed from; the same for an overview and for a caseload row. */
public record FlagInputs(
    ClientStatus status,
    Integer meetingsPerWeek,
    long attendedLastWeek,
    long attendedWeekBefore,
    Instant lastAttended,
    LocalDate stepDownTargetDate,
    long goalsPastTarget,
    RecoveryFacts recovery,
    AftercareFacts aftercare,
    AlertFacts alerts) {}
