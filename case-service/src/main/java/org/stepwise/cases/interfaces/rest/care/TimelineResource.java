package org.stepwise.cases.interfaces.rest.care;

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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepwise.cases.application.TimelineService;
import org.stepwise.cases.domain.model.care.Timeline;
import org.stepwise.cases.domain.model.care.Transition;
import org.stepwise.cases.domain.model.care.TransitionRequest;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** A client's level-of-care timeline. */
@Path("/clients/{clientId}/transitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class TimelineResource {

  @Inject private TimelineService timelines;

  @GET
  public List<TransitionView> timeline(@PathParam("clientId") long clientId) {
    Timeline timeline = timelines.timeline(clientId);
    Set<Long> corrected = corrected(timeline.entries());
    return timeline.entries().stream().map(t -> TransitionView.of(t, corrected)).toList();
  }

  @POST
  public Response record(@PathParam("clientId") long clientId, TransitionBody in) {
    Transition transition =
        timelines.record(
            clientId,
            new TransitionRequest(
                in.level(),
                in.effectiveDate(),
                in.reason(),
                in.dimensions().ratings(),
                in.decidedBy(),
                in.program(),
                in.correctsId(),
                in.correctionReason()));
    return Response.status(Response.Status.CREATED)
        .entity(TransitionView.of(transition, Set.of()))
        .build();
  }

  private static Set<Long> corrected(List<Transition> entries) {
    return entries.stream()
        .map(Transition::correctsId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
