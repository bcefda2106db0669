package org.stepwise.cases.interfaces.rest.narrative;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.cases.application.ClinicNarrativeService;
import org.stepwise.cases.domain.model.summary.ClinicNarrative;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.Versions;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/**
 * The narratives written for the clinic, one per period ({@code periodStart}/{@code periodEnd}),
 * saved with If-Match (the first save sends "0"); a summary carries the ready ones its period
 * holds.
 */
@Path("/clients/{clientId}/clinic-narratives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class ClinicNarrativeResource {

  @Inject private ClinicNarrativeService narratives;

  /** Every period's narrative, latest first. */
  @GET
  public List<ClinicNarrative> list(@PathParam("clientId") long clientId) {
    return narratives.narrativesOf(clientId);
  }

  /** The period's narrative, or an empty draft at version 0. */
  @GET
  @Path("/{periodStart}/{periodEnd}")
  public Response narrative(
      @PathParam("clientId") long clientId,
      @PathParam("periodStart") String start,
      @PathParam("periodEnd") String end) {
    return answer(narratives.narrative(clientId, period(start, end)));
  }

  @PUT
  @Path("/{periodStart}/{periodEnd}")
  public Response save(
      @PathParam("clientId") long clientId,
      @PathParam("periodStart") String start,
      @PathParam("periodEnd") String end,
      @HeaderParam("If-Match") String ifMatch,
      NarrativeRequest in) {
    return answer(
        narratives.save(
            clientId, period(start, end), Versions.expected(ifMatch), in.body(), in.ready()));
  }

  private static Period period(String start, String end) {
    JsonRequest in = JsonRequest.ofQuery(Map.of("periodStart", start, "periodEnd", end), Set.of());
    LocalDate from = in.date("periodStart", true);
    LocalDate to = in.date("periodEnd", true);
    if (from != null && to != null && to.isBefore(from)) {
      in.reject("periodEnd", "BEFORE_START", "a period ends on or after its start");
    }
    in.done();
    return new Period(from, to);
  }

  private static Response answer(ClinicNarrative n) {
    return Response.ok(n).tag(Versions.etag(n.version())).build();
  }
}
