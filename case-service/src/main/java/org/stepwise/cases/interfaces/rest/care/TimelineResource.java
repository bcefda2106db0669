package org.stepwise.cases.interfaces.rest.care;

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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepwise.cases.application.TimelineService;
import org.stepwise.cases.domain.model.care.AsamRatings;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.care.Timeline;
import org.stepwise.cases.domain.model.care.Transition;
import org.stepwise.cases.domain.model.care.TransitionRequest;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

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
  public Response record(@PathParam("clientId") long clientId, JsonObject body) {
    JsonRequest in =
        JsonRequest.of(
            body,
            "toLevel",
            "discharge",
            "effectiveDate",
            "reason",
            "dimensions",
            "decidedBy",
            "program",
            "correctsId",
            "correctionReason");
    boolean discharge = Boolean.TRUE.equals(in.bool("discharge"));
    LevelOfCare to =
        in.coded("toLevel", !discharge, LevelOfCare::fromCode, LevelOfCare.knownCodes());
    if (discharge && in.has("toLevel")) {
      in.reject("toLevel", "NOT_WITH_DISCHARGE", "a discharge has no level to go to");
    }
    var effective = in.date("effectiveDate", true);
    String reason = in.text("reason", true, 2000);
    JsonRequest dims = in.object("dimensions", true, AsamRatings.DIMENSIONS.toArray(String[]::new));
    Integer[] ratings = new Integer[6];
    if (dims != null) {
      for (int i = 0; i < 6; i++) {
        ratings[i] = dims.integer(AsamRatings.DIMENSIONS.get(i), true, 0, 4);
      }
    }
    String decidedBy = in.text("decidedBy", true, 200);
    String program = in.text("program", true, 200);
    Long corrects = in.id("correctsId", false);
    String correctionReason = in.text("correctionReason", corrects != null, 2000);
    if (corrects == null && correctionReason != null) {
      in.reject(
          "correctionReason", "WITHOUT_CORRECTION", "only a correction has a correction reason");
    }
    in.done();
    Transition transition =
        timelines.record(
            clientId,
            new TransitionRequest(
                to,
                effective,
                reason,
                new AsamRatings(
                    ratings[0], ratings[1], ratings[2], ratings[3], ratings[4], ratings[5]),
                decidedBy,
                program,
                corrects,
                correctionReason));
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
