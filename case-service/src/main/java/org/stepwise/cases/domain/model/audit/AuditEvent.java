package org.stepwise.cases.domain.model.audit;

import java.time.Instant;

/**
 * Who did what to which record, when, from where and how it ended. It identifies the record and
 * never holds its content.
 */
public record AuditEvent(
    Instant occurredAt,
    String subject,
    String username,
    String roles,
    AuditAction action,
    String operation,
    String recordType,
    String recordId,
    Long clientId,
    AuditOutcome outcome,
    String origin) {}
