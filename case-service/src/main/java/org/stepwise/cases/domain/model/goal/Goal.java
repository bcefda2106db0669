package org.stepwise.cases.domain.model.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.domain.shared.RuleViolation;

/** A goal in one life domain, with its status; abandoning one needs a reason. */
@Entity
@Table(name = "goal")
public class Goal extends RecordedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "domain", nullable = false)
  private GoalDomain domain;

  @Column(name = "statement", nullable = false)
  private String statement;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private GoalStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Goal() {}

  public Goal(long clientId, GoalDomain domain, String statement, LocalDate targetDate) {
    this.clientId = clientId;
    this.domain = domain;
    this.statement = statement;
    this.targetDate = targetDate;
    this.status = GoalStatus.PLANNED;
  }

  /** Moves the goal on; final states stay final and abandoning needs a reason. */
  public void changeStatus(GoalStatus next, String reason) {
    if (!status.isOpen()) {
      throw new RuleViolation(
          "status", "GOAL_CLOSED", "the goal is " + status + "; record a new goal instead");
    }
    if (next == GoalStatus.ABANDONED && (reason == null || reason.isBlank())) {
      throw new RuleViolation("reason", "REASON_REQUIRED", "abandoning a goal needs a reason");
    }
    this.status = next;
    this.statusReason = reason;
  }

  public Milestone addMilestone(String description, LocalDate dueDate) {
    return new Milestone(id, description, dueDate);
  }

  public ProgressNote noteProgress(LocalDate on, String body, LocalDate today) {
    if (on.isAfter(today)) {
      throw new RuleViolation("notedOn", "FUTURE_DATE", "progress is noted on or before today");
    }
    return new ProgressNote(id, on, body);
  }

  public boolean isPastTarget(LocalDate today) {
    return status.isOpen() && targetDate != null && targetDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public GoalDomain domain() {
    return domain;
  }

  public String statement() {
    return statement;
  }

  public LocalDate targetDate() {
    return targetDate;
  }

  public GoalStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public long version() {
    return version;
  }
}
