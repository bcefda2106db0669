package org.stepwise.cases.interfaces.rest.house;

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
import org.stepwise.cases.application.HouseService;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** A client's stays in houses: move-in and move-out. */
@Path("/clients/{clientId}/residencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class ResidencyResource {

  @Inject private HouseService houses;

  /** One stay. */
  public record ResidencyView(
      long id,
      long houseId,
      String clientRef,
      LocalDate moveIn,
      LocalDate moveOut,
      String moveOutReason) {
    static ResidencyView of(Residency r) {
      return new ResidencyView(
          r.id(), r.houseId(), r.clientRef(), r.moveIn(), r.moveOut(), r.moveOutReason());
    }
  }

  @GET
  public List<ResidencyView> list(@PathParam("clientId") long clientId) {
    return houses.staysOf(clientId).stream().map(ResidencyView::of).toList();
  }

  @POST
  public Response moveIn(@PathParam("clientId") long clientId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "houseId", "clientRef", "moveIn");
    Long houseId = in.id("houseId", true);
    String ref = in.text("clientRef", true, 64);
    LocalDate moveIn = in.date("moveIn", true);
    in.done();
    return Response.status(Response.Status.CREATED)
        .entity(ResidencyView.of(houses.moveIn(clientId, houseId, ref, moveIn)))
        .build();
  }

  @POST
  @Path("/{residencyId}/move-out")
  public ResidencyView moveOut(
      @PathParam("clientId") long clientId,
      @PathParam("residencyId") long residencyId,
      JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "moveOut", "reason");
    LocalDate moveOut = in.date("moveOut", true);
    String reason = in.text("reason", true, 1000);
    in.done();
    return ResidencyView.of(houses.moveOut(clientId, residencyId, moveOut, reason));
  }
}
