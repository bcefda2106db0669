package org.stepwise.cases.domain.model.house;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * A client's stay in a house. {@code clientRef} is the id the house's own records use for the
 * client; attendance reports name clients by it.
 */
@Entity
@Table(name = "residency")
public class Residency extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "house_id", nullable = false, updatable = false)
  private long houseId;

  @Column(name = "client_ref", nullable = false, updatable = false)
  private String clientRef;

  @Column(name = "move_in", nullable = false, updatable = false)
  private LocalDate moveIn;

  @Column(name = "move_out")
  private LocalDate moveOut;

  @Column(name = "move_out_reason")
  private String moveOutReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Residency() {}

  /** A move-in; the house's capacity is checked by {@link Occupancy}. */
  Residency(long clientId, long houseId, String clientRef, LocalDate moveIn) {
    this.clientId = clientId;
    this.houseId = houseId;
    this.clientRef = clientRef;
    this.moveIn = moveIn;
  }

  public void moveOut(LocalDate on, String reason, LocalDate today) {
    if (moveOut != null) {
      throw new RuleViolation("moveOut", "ALREADY_MOVED_OUT", "the stay ended " + moveOut);
    }
    if (on.isBefore(moveIn)) {
      throw new RuleViolation(
          "moveOut", "BEFORE_MOVE_IN", "a stay ends after it starts (" + moveIn + ")");
    }
    if (on.isAfter(today)) {
      throw new RuleViolation("moveOut", "FUTURE_DATE", "record a move-out once it happened");
    }
    this.moveOut = on;
    this.moveOutReason = reason;
  }

  public boolean isCurrent() {
    return moveOut == null;
  }

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public long houseId() {
    return houseId;
  }

  public String clientRef() {
    return clientRef;
  }

  public LocalDate moveIn() {
    return moveIn;
  }

  public LocalDate moveOut() {
    return moveOut;
  }

  public String moveOutReason() {
    return moveOutReason;
  }
}
