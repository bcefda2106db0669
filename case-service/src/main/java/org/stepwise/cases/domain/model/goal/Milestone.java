package org.stepwise.cases.domain.model.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;

/** A step toward a goal, e.g. "resume sent to three employers". */
@Entity
@Table(name = "goal_milestone")
public class Milestone extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "goal_id", nullable = false, updatable = false)
  private long goalId;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "achieved_on")
  private LocalDate achievedOn;

  protected Milestone() {}

  Milestone(long goalId, String description, LocalDate dueDate) {
    this.goalId = goalId;
    this.description = description;
    this.dueDate = dueDate;
  }

  public void achieve(LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw new RuleViolation("achievedOn", "FUTURE_DATE", "a milestone is achieved in the past");
    }
    this.achievedOn = on;
  }

  public Long id() {
    return id;
  }

  public long goalId() {
    return goalId;
  }

  public String description() {
    return description;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalDate achievedOn() {
    return achievedOn;
  }
}
