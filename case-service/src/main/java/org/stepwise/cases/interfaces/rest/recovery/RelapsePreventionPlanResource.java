package org.stepwise.cases.interfaces.rest.recovery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.stepwise.cases.application.RelapsePreventionPlanService;
import org.stepwise.cases.domain.model.recovery.PlanVersion;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.Versions;

/**
 * The relapse-prevention plan: read and saved whole (If-Match the version read; the first save
 * sends "0"), every save a new version; older versions stay readable as they were.
 */
@Path("/clients/{clientId}/relapse-prevention-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist, except
// for the emergency contacts of their own current residents
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class RelapsePreventionPlanResource {

  @Inject private RelapsePreventionPlanService plans;

  @GET
  public Response current(@PathParam("clientId") long clientId) {
    return answer(plans.current(clientId));
  }

  @PUT
  public Response save(
      @PathParam("clientId") long clientId, @HeaderParam("If-Match") String ifMatch, PlanBody in) {
    return answer(plans.save(clientId, Versions.expected(ifMatch), in.plan()));
  }

  @GET
  @Path("/versions")
  public List<PlanView.Saved> versions(@PathParam("clientId") long clientId) {
    return plans.versions(clientId).stream().map(PlanView.Saved::of).toList();
  }

  @GET
  @Path("/versions/{number}")
  public PlanView version(@PathParam("clientId") long clientId, @PathParam("number") int number) {
    return PlanView.of(plans.version(clientId, number));
  }

  @GET
  @Path("/emergency-contacts")
  public PlanView.Emergency emergencyContacts(@PathParam("clientId") long clientId) {
    return new PlanView.Emergency(plans.emergencyContacts(clientId));
  }

  private static Response answer(PlanVersion v) {
    return Response.ok(PlanView.of(v)).tag(Versions.etag(v.number())).build();
  }
}
