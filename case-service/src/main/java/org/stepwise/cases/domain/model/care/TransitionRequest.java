package org.stepwise.cases.domain.model.care;

import java.time.LocalDate;

/**
 * A proposed timeline entry as the clinician decided it. {@code toLevel} is null for a discharge;
 * {@code correctsId} and {@code correctionReason} are set together for a correction.
 */
public record TransitionRequest(
    LevelOfCare toLevel,
    LocalDate effectiveDate,
    String reason,
    AsamRatings ratings,
    String decidedBy,
    String program,
    Long correctsId,
    String correctionReason) {}
