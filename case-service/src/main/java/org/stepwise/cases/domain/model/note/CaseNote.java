package org.stepwise.cases.domain.model.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * A case note. Append-only: a correction is a new note that names the one it corrects and why (the
 * database refuses changes to stored notes).
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @Column(name = "correction_reason", updatable = false)
  private String correctionReason;

  protected CaseNote() {}

  public CaseNote(long clientId, String body) {
    this.clientId = clientId;
    this.body = body;
  }

  /** A note that corrects {@code corrected}, which must belong to the same client. */
  public CaseNote(CaseNote corrected, String body, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation(
          "correctionReason", "REASON_REQUIRED", "a correction says why the note was wrong");
    }
    this.clientId = corrected.clientId;
    this.body = body;
    this.correctsId = corrected.id;
    this.correctionReason = reason;
  }

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public String body() {
    return body;
  }

  public Long correctsId() {
    return correctsId;
  }

  public String correctionReason() {
    return correctionReason;
  }
}
