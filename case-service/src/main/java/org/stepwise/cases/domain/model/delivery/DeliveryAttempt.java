package org.stepwise.cases.domain.model.delivery;

import java.time.Instant;

/** One attempt to deliver a summary, as logged. */
public record DeliveryAttempt(
    Instant attemptedAt, AttemptOutcome outcome, Integer httpStatus, String detail, String by) {}
