package org.stepwise.cases.domain.model.audit;

import java.time.Instant;

/** A search of the audit trail; every criterion optional, newest first, pages from 0. */
public record AuditQuery(
    Long clientId,
    String user,
    AuditAction action,
    AuditOutcome outcome,
    Instant from,
    Instant to,
    int page,
    int size) {}
