package org.stepwise.cases.interfaces.rest.recovery;

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
import org.stepwise.cases.application.TriggerLogService;
import org.stepwise.cases.domain.model.recovery.TriggerLogEntry;
import org.stepwise.cases.domain.model.recovery.TriggerPattern;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** The trigger log: append-only; a correction names the entry it replaces and why. */
@Path("/clients/{clientId}/trigger-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class TriggerLogResource {

  @Inject private TriggerLogService log;

  /** Every entry as written, corrections and replaced entries included, newest first. */
  @GET
  public List<TriggerLogEntry> entries(@PathParam("clientId") long clientId) {
    return log.entries(clientId);
  }

  /** The last 30 days: the most frequent kinds of trigger and HALT states, the craving trend. */
  @GET
  @Path("/pattern")
  public TriggerPattern pattern(@PathParam("clientId") long clientId) {
    return log.pattern(clientId);
  }

  @POST
  public Response write(@PathParam("clientId") long clientId, TriggerLogRequest in) {
    TriggerLogEntry entry =
        log.write(clientId, in.written(), in.correctsId(), in.correctionReason());
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }
}
