package org.stepwise.cases.interfaces.rest.appointment;

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
import org.stepwise.cases.application.AppointmentService;
import org.stepwise.cases.domain.model.appointment.AppointmentStanding;
import org.stepwise.cases.domain.model.appointment.Occurrence;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Aftercare appointments: series, the outcome of each day, adherence over 4 and 12 weeks. */
@Path("/clients/{clientId}/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class AppointmentResource {

  @Inject private AppointmentService appointments;

  /** Every series with its adherence and the last 12 weeks' outcomes, and overall adherence. */
  @GET
  public AppointmentStanding standing(@PathParam("clientId") long clientId) {
    return appointments.standing(clientId);
  }

  @POST
  public Response addSeries(@PathParam("clientId") long clientId, SeriesRequest in) {
    return Response.status(Response.Status.CREATED)
        .entity(appointments.addSeries(clientId, in.series()))
        .build();
  }

  /** Kept, missed, cancelled or rescheduled: one tap in the web app, idempotent per day. */
  @POST
  @Path("/{seriesId}/occurrences")
  public Occurrence record(
      @PathParam("clientId") long clientId,
      @PathParam("seriesId") long seriesId,
      OccurrenceRequest in) {
    return appointments.record(clientId, seriesId, in.scheduledOn(), in.outcome());
  }
}
