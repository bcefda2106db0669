package org.stepwise.cases.interfaces.rest.measure;

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
import org.stepwise.cases.application.MeasureService;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Outcome measures (BARC-10, PHQ-9, GAD-7): recorded answer sets, scored by the server. */
@Path("/clients/{clientId}/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class MeasureResource {

  @Inject private MeasureService measures;

  /** Newest administration first. */
  @GET
  public List<MeasureView> list(@PathParam("clientId") long clientId) {
    return measures.measuresOf(clientId).stream().map(MeasureView::of).toList();
  }

  @POST
  public Response record(@PathParam("clientId") long clientId, MeasureRequest in) {
    MeasureView view =
        MeasureView.of(
            measures.record(clientId, in.instrument(), in.administeredOn(), in.answers()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }
}
