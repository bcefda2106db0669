package org.stepwise.cases.domain.model.audit;

/** An audit event as stored, with its id. */
public record RecordedAuditEvent(long id, AuditEvent event) {}
