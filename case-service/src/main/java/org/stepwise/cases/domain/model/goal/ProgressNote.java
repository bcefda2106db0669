package org.stepwise.cases.domain.model.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.stepwise.cases.domain.shared.RecordedEntity;

/** A dated note of progress on a goal. */
@Entity
@Table(name = "goal_progress_note")
public class ProgressNote extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "goal_id", nullable = false, updatable = false)
  private long goalId;

  @Column(name = "noted_on", nullable = false, updatable = false)
  private LocalDate notedOn;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  protected ProgressNote() {}

  ProgressNote(long goalId, LocalDate notedOn, String body) {
    this.goalId = goalId;
    this.notedOn = notedOn;
    this.body = body;
  }

  public Long id() {
    return id;
  }

  public long goalId() {
    return goalId;
  }

  public LocalDate notedOn() {
    return notedOn;
  }

  public String body() {
    return body;
  }
}
