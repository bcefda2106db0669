package org.stepwise.cases.interfaces.rest.goal;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.goal.GoalDomain;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the goal endpoints. */
public final class GoalRequests {

  private GoalRequests() {}

  @Schema(name = "NewGoal")
  public record NewGoal(
      @Schema(required = true) GoalDomain domain,
      @Schema(required = true, maxLength = 1000) String statement,
      LocalDate targetDate)
      implements RequestRecord {
    static NewGoal read(JsonRequest in) {
      return new NewGoal(
          in.enumValue("domain", true, GoalDomain.class),
          in.text("statement", true, 1000),
          in.date("targetDate", false));
    }
  }

  @Schema(name = "GoalStatusChange")
  public record StatusChange(
      @Schema(required = true) GoalStatus status,
      @Schema(maxLength = 1000, description = "needed to abandon a goal") String reason)
      implements RequestRecord {
    static StatusChange read(JsonRequest in) {
      return new StatusChange(
          in.enumValue("status", true, GoalStatus.class), in.text("reason", false, 1000));
    }
  }

  @Schema(name = "NewMilestone")
  public record NewMilestone(
      @Schema(required = true, maxLength = 1000) String description, LocalDate dueDate)
      implements RequestRecord {
    static NewMilestone read(JsonRequest in) {
      return new NewMilestone(in.text("description", true, 1000), in.date("dueDate", false));
    }
  }

  @Schema(name = "MilestoneAchieved")
  public record Achieved(@Schema(required = true) LocalDate achievedOn) implements RequestRecord {
    static Achieved read(JsonRequest in) {
      return new Achieved(in.date("achievedOn", true));
    }
  }

  @Schema(name = "NewProgressNote")
  public record NewProgressNote(
      @Schema(required = true) LocalDate notedOn,
      @Schema(required = true, maxLength = 4000) String body)
      implements RequestRecord {
    static NewProgressNote read(JsonRequest in) {
      return new NewProgressNote(in.date("notedOn", true), in.text("body", true, 4000));
    }
  }
}
