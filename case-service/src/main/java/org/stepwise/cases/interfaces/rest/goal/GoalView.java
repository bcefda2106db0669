package org.stepwise.cases.interfaces.rest.goal;

import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.goal.Goal;
import org.stepwise.cases.domain.model.goal.GoalRepository.GoalDetail;
import org.stepwise.cases.domain.model.goal.Milestone;
import org.stepwise.cases.domain.model.goal.ProgressNote;

/** A goal with its milestones and progress notes. */
public record GoalView(
    long id,
    String domain,
    String statement,
    LocalDate targetDate,
    String status,
    String statusReason,
    List<MilestoneView> milestones,
    List<ProgressNoteView> progressNotes) {

  public record MilestoneView(
      long id, String description, LocalDate dueDate, LocalDate achievedOn) {
    public static MilestoneView of(Milestone m) {
      return new MilestoneView(m.id(), m.description(), m.dueDate(), m.achievedOn());
    }
  }

  public record ProgressNoteView(long id, LocalDate notedOn, String body, String recordedBy) {
    public static ProgressNoteView of(ProgressNote n) {
      return new ProgressNoteView(
          n.id(),
          n.notedOn(),
          n.body(),
          n.provenance() == null ? null : n.provenance().recordedBy());
    }
  }

  public static GoalView of(Goal g, List<Milestone> milestones, List<ProgressNote> notes) {
    return new GoalView(
        g.id(),
        g.domain().name(),
        g.statement(),
        g.targetDate(),
        g.status().name(),
        g.statusReason(),
        milestones.stream().map(MilestoneView::of).toList(),
        notes.stream().map(ProgressNoteView::of).toList());
  }

  public static GoalView of(GoalDetail d) {
    return of(d.goal(), d.milestones(), d.notes());
  }
}
