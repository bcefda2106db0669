package org.stepwise.cases.interfaces.rest.summary;

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
import org.stepwise.cases.application.SummaryService;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** A client's progress summaries: generated on demand, listed, and shown as sent. */
@Path("/clients/{clientId}/summaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class SummaryResource {

  @Inject private SummaryService summaries;

  @GET
  public List<SummaryView> list(@PathParam("clientId") long clientId) {
    return summaries.ofClient(clientId).stream().map(s -> SummaryView.of(s, false)).toList();
  }

  @GET
  @Path("/{summaryId}")
  public SummaryView find(
      @PathParam("clientId") long clientId, @PathParam("summaryId") long summaryId) {
    return SummaryView.of(summaries.find(clientId, summaryId), true);
  }

  /** A summary now, for the client's referring clinic: {periodStart, periodEnd} are optional. */
  @POST
  public Response generate(@PathParam("clientId") long clientId, SummaryRequest in) {
    SummaryRequest period = in == null ? new SummaryRequest(null, null) : in;
    TrackedSummary s = summaries.onDemand(clientId, period.periodStart(), period.periodEnd());
    return Response.status(Response.Status.CREATED).entity(SummaryView.of(s, true)).build();
  }
}
