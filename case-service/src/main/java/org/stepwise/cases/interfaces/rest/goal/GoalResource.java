package org.stepwise.cases.interfaces.rest.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.application.GoalService;
import org.stepwise.cases.domain.model.goal.Goal;
import org.stepwise.cases.domain.model.goal.GoalDomain;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** A client's goals, milestones and progress notes. */
@Path("/clients/{clientId}/goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class GoalResource {

  @Inject private GoalService goals;

  @GET
  public List<GoalView> list(@PathParam("clientId") long clientId) {
    return goals.goalsOf(clientId).stream().map(GoalView::of).toList();
  }

  @POST
  public Response set(@PathParam("clientId") long clientId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "domain", "statement", "targetDate");
    GoalDomain domain = in.enumValue("domain", true, GoalDomain.class);
    String statement = in.text("statement", true, 1000);
    LocalDate target = in.date("targetDate", false);
    in.done();
    Goal goal = goals.set(clientId, domain, statement, target);
    return created(GoalView.of(goal, List.of(), List.of()));
  }

  @POST
  @Path("/{goalId}/status")
  public GoalView changeStatus(
      @PathParam("clientId") long clientId, @PathParam("goalId") long goalId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "status", "reason");
    GoalStatus status = in.enumValue("status", true, GoalStatus.class);
    String reason = in.text("reason", false, 1000);
    in.done();
    return GoalView.of(goals.changeStatus(clientId, goalId, status, reason));
  }

  @POST
  @Path("/{goalId}/milestones")
  public Response addMilestone(
      @PathParam("clientId") long clientId, @PathParam("goalId") long goalId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "description", "dueDate");
    String description = in.text("description", true, 1000);
    LocalDate due = in.date("dueDate", false);
    in.done();
    return created(
        GoalView.MilestoneView.of(goals.addMilestone(clientId, goalId, description, due)));
  }

  @POST
  @Path("/{goalId}/milestones/{milestoneId}/achieved")
  public GoalView.MilestoneView achieveMilestone(
      @PathParam("clientId") long clientId,
      @PathParam("goalId") long goalId,
      @PathParam("milestoneId") long milestoneId,
      JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "achievedOn");
    LocalDate on = in.date("achievedOn", true);
    in.done();
    return GoalView.MilestoneView.of(goals.achieveMilestone(clientId, goalId, milestoneId, on));
  }

  @POST
  @Path("/{goalId}/progress-notes")
  public Response noteProgress(
      @PathParam("clientId") long clientId, @PathParam("goalId") long goalId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "notedOn", "body");
    LocalDate on = in.date("notedOn", true);
    String text = in.text("body", true, 4000);
    in.done();
    return created(GoalView.ProgressNoteView.of(goals.noteProgress(clientId, goalId, on, text)));
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }
}
