package org.stepwise.cases.domain.model.care;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.stepwise.cases.domain.shared.RecordedEntity;

/**
 * One step on a client's level-of-care timeline. Never changed once written: a correction is a new
 * entry that names the one it corrects.
 */
@Entity
@Table(name = "transition")
public class Transition extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "from_level", updatable = false)
  private LevelOfCare fromLevel;

  @Column(name = "to_level", updatable = false)
  private LevelOfCare toLevel;

  @Column(name = "effective_date", nullable = false, updatable = false)
  private LocalDate effectiveDate;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "direction", nullable = false, updatable = false)
  private Direction direction;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Embedded private AsamRatings ratings;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "program", nullable = false, updatable = false)
  private String program;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @Column(name = "correction_reason", updatable = false)
  private String correctionReason;

  protected Transition() {}

  Transition(
      long clientId,
      int seq,
      LevelOfCare fromLevel,
      TransitionRequest request,
      Direction direction) {
    this.clientId = clientId;
    this.seq = seq;
    this.fromLevel = fromLevel;
    this.toLevel = request.toLevel();
    this.effectiveDate = request.effectiveDate();
    this.direction = direction;
    this.reason = request.reason();
    this.ratings = request.ratings();
    this.decidedBy = request.decidedBy();
    this.program = request.program();
    this.correctsId = request.correctsId();
    this.correctionReason = request.correctionReason();
  }

  /** Gives an unsaved entry the id the database would (plain unit tests of the timeline). */
  void identify(long id) {
    this.id = id;
  }

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public int seq() {
    return seq;
  }

  public LevelOfCare fromLevel() {
    return fromLevel;
  }

  public LevelOfCare toLevel() {
    return toLevel;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  public Direction direction() {
    return direction;
  }

  public String reason() {
    return reason;
  }

  public AsamRatings ratings() {
    return ratings;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String program() {
    return program;
  }

  public Long correctsId() {
    return correctsId;
  }

  public String correctionReason() {
    return correctionReason;
  }
}
