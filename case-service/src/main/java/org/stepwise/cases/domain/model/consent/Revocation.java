package org.stepwise.cases.domain.model.consent;

import java.time.Instant;

/** The client withdrew the consent: from this moment nothing more is disclosed under it. */
public record Revocation(Instant revokedAt, String reason, String recordedBy) {}
