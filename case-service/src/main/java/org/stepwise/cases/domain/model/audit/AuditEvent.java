package org.stepwise.cases.domain.model.audit;

import java.time.Instant;

/**
 * Who did what to which record, when, from where and how it ended; a disclosure also names the
 * consent it rests on. It identifies the record and never holds its content.
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
    String origin,
    Long consentId) {

  /** An event that rests on no consent (everything but a disclosure). */
  public AuditEvent(
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
      String origin) {
    this(
        occurredAt,
        subject,
        username,
        roles,
        action,
        operation,
        recordType,
        recordId,
        clientId,
        outcome,
        origin,
        null);
  }

  public AuditEvent withConsent(Long consent) {
    return new AuditEvent(
        occurredAt,
        subject,
        username,
        roles,
        action,
        operation,
        recordType,
        recordId,
        clientId,
        outcome,
        origin,
        consent);
  }
}
