package org.stepwise.cases.interfaces.rest.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.stepwise.cases.application.GoalService;
import org.stepwise.cases.domain.model.goal.Goal;
import org.stepwise.cases.infrastructure.security.CurrentUser;

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
  public Response set(@PathParam("clientId") long clientId, GoalRequests.NewGoal in) {
    Goal goal = goals.set(clientId, in.domain(), in.statement(), in.targetDate());
    return created(GoalView.of(goal, List.of(), List.of()));
  }

  @POST
  @Path("/{goalId}/status")
  public GoalView changeStatus(
      @PathParam("clientId") long clientId,
      @PathParam("goalId") long goalId,
      GoalRequests.StatusChange in) {
    return GoalView.of(goals.changeStatus(clientId, goalId, in.status(), in.reason()));
  }

  @POST
  @Path("/{goalId}/milestones")
  public Response addMilestone(
      @PathParam("clientId") long clientId,
      @PathParam("goalId") long goalId,
      GoalRequests.NewMilestone in) {
    return created(
        GoalView.MilestoneView.of(
            goals.addMilestone(clientId, goalId, in.description(), in.dueDate())));
  }

  @POST
  @Path("/{goalId}/milestones/{milestoneId}/achieved")
  public GoalView.MilestoneView achieveMilestone(
      @PathParam("clientId") long clientId,
      @PathParam("goalId") long goalId,
      @PathParam("milestoneId") long milestoneId,
      GoalRequests.Achieved in) {
    return GoalView.MilestoneView.of(
        goals.achieveMilestone(clientId, goalId, milestoneId, in.achievedOn()));
  }

  @POST
  @Path("/{goalId}/progress-notes")
  public Response noteProgress(
      @PathParam("clientId") long clientId,
      @PathParam("goalId") long goalId,
      GoalRequests.NewProgressNote in) {
    return created(
        GoalView.ProgressNoteView.of(
            goals.noteProgress(clientId, goalId, in.notedOn(), in.body())));
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }
}
