package org.stepwise.cases.infrastructure.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/** A FHIR Goal per goal, with its status, target and latest progress note. */
final class GoalsSection implements SectionBuilder {

  @Override
  public Section section() {
    return Section.GOALS;
  }

  @Override
  public void build(SummaryDocument document) {
    Composition.SectionComponent section = document.section("Goals");
    List<String> rows = new ArrayList<>();
    for (SummaryFacts.GoalLine g : document.facts().goals()) {
      String line =
          g.domain()
              + ": "
              + g.statement()
              + " ("
              + g.status()
              + (g.targetDate() == null ? "" : ", target " + g.targetDate())
              + (g.milestones() == 0
                  ? ""
                  : ", milestones " + g.milestonesAchieved() + "/" + g.milestones())
              + ")";
      document.add(section, goal(document, g, line));
      rows.add(line);
    }
    section.setText(new XhtmlText().list(rows, "No goals on record.").narrative());
  }

  private static Goal goal(SummaryDocument document, SummaryFacts.GoalLine g, String line) {
    Goal goal = Fhir.withId(new Goal());
    goal.setLifecycleStatus(lifecycle(g.status()));
    goal.setAchievementStatus(achievement(g.status()));
    goal.addCategory(Fhir.text(g.domain()));
    goal.setDescription(Fhir.text(g.statement()));
    goal.setSubject(Fhir.ref(document.patient()));
    if (g.targetDate() != null) {
      goal.addTarget().setDue(new DateType(g.targetDate().toString()));
    }
    if (g.latestNote() != null) {
      goal.addNote().setText(g.latestNote());
    }
    goal.setText(XhtmlText.of(line));
    return goal;
  }

  private static Goal.GoalLifecycleStatus lifecycle(String status) {
    return switch (status) {
      case "PLANNED" -> Goal.GoalLifecycleStatus.PLANNED;
      case "IN_PROGRESS" -> Goal.GoalLifecycleStatus.ACTIVE;
      case "ACHIEVED" -> Goal.GoalLifecycleStatus.COMPLETED;
      default -> Goal.GoalLifecycleStatus.CANCELLED;
    };
  }

  private static CodeableConcept achievement(String status) {
    String code =
        switch (status) {
          case "ACHIEVED" -> "achieved";
          case "ABANDONED" -> "not-achieved";
          case "IN_PROGRESS" -> "in-progress";
          default -> "no-progress";
        };
    return new CodeableConcept(
        new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", code, null));
  }
}
