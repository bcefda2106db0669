package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.goal.Goal;
import org.stepwise.cases.domain.model.goal.GoalDomain;
import org.stepwise.cases.domain.model.goal.GoalRepository;
import org.stepwise.cases.domain.model.goal.GoalRepository.GoalDetail;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.domain.model.goal.Milestone;
import org.stepwise.cases.domain.model.goal.ProgressNote;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Goals, their milestones and progress notes. */
@ApplicationScoped
@Transactional
public class GoalService {

  @Inject private ClientAccess access;
  @Inject private GoalRepository goals;
  @Inject private ProgramCalendar calendar;

  @Audited(action = AuditAction.READ, record = "goal")
  public List<GoalDetail> goalsOf(@ClientId long clientId) {
    access.chart(clientId);
    return goals.goalsOf(clientId);
  }

  @Audited(action = AuditAction.CREATE, record = "goal")
  public Goal set(@ClientId long clientId, GoalDomain domain, String statement, LocalDate target) {
    access.chart(clientId);
    Goal goal = new Goal(clientId, domain, statement, target);
    goals.add(goal);
    return goal;
  }

  /** The goal as it is now, with its milestones and notes: one UPDATE in the audit trail. */
  @Audited(action = AuditAction.UPDATE, record = "goal")
  public GoalDetail changeStatus(
      @ClientId long clientId, long goalId, GoalStatus status, String reason) {
    Goal goal = goal(clientId, goalId);
    goal.changeStatus(status, reason);
    return goals.goalsOf(clientId).stream()
        .filter(d -> d.goal().id() == goalId)
        .findFirst()
        .orElseThrow();
  }

  @Audited(action = AuditAction.CREATE, record = "milestone")
  public Milestone addMilestone(
      @ClientId long clientId, long goalId, String description, LocalDate dueDate) {
    Milestone milestone = goal(clientId, goalId).addMilestone(description, dueDate);
    goals.add(milestone);
    return milestone;
  }

  @Audited(action = AuditAction.UPDATE, record = "milestone")
  public Milestone achieveMilestone(
      @ClientId long clientId, long goalId, long milestoneId, LocalDate on) {
    goal(clientId, goalId);
    Milestone milestone =
        goals
            .findMilestone(goalId, milestoneId)
            .orElseThrow(() -> new NotFound("milestone", milestoneId));
    milestone.achieve(on, calendar.today());
    return milestone;
  }

  @Audited(action = AuditAction.CREATE, record = "progress-note")
  public ProgressNote noteProgress(
      @ClientId long clientId, long goalId, LocalDate on, String body) {
    ProgressNote note = goal(clientId, goalId).noteProgress(on, body, calendar.today());
    goals.add(note);
    return note;
  }

  private Goal goal(long clientId, long goalId) {
    access.chart(clientId);
    return goals.find(clientId, goalId).orElseThrow(() -> new NotFound("goal", goalId));
  }
}
