package org.stepwise.cases.domain.model.goal;

import java.util.List;
import java.util.Optional;

/** Where goals, their milestones and progress notes are kept. */
public interface GoalRepository {

  Optional<Goal> find(long clientId, long goalId);

  /**
   * A client's goals with their milestones and notes, in three statements whatever their number.
   */
  List<GoalDetail> goalsOf(long clientId);

  void add(Goal goal);

  void add(Milestone milestone);

  void add(ProgressNote note);

  Optional<Milestone> findMilestone(long goalId, long milestoneId);

  /** A goal with what belongs to it. */
  record GoalDetail(Goal goal, List<Milestone> milestones, List<ProgressNote> notes) {
    public Long id() {
      return goal.id();
    }
  }
}
