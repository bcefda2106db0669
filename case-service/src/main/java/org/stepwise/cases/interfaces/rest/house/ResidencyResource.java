package org.stepwise.cases.interfaces.rest.house;

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
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.application.HouseService;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.infrastructure.security.CurrentUser;

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
  public Response moveIn(@PathParam("clientId") long clientId, ResidencyRequests.MoveIn in) {
    return Response.status(Response.Status.CREATED)
        .entity(
            ResidencyView.of(houses.moveIn(clientId, in.houseId(), in.clientRef(), in.moveIn())))
        .build();
  }

  @POST
  @Path("/{residencyId}/move-out")
  public ResidencyView moveOut(
      @PathParam("clientId") long clientId,
      @PathParam("residencyId") long residencyId,
      ResidencyRequests.MoveOut in) {
    return ResidencyView.of(houses.moveOut(clientId, residencyId, in.moveOut(), in.reason()));
  }

  /** Moves the client from this stay into another house: both, or (refused) neither. */
  @POST
  @Path("/{residencyId}/transfer")
  public Response transfer(
      @PathParam("clientId") long clientId,
      @PathParam("residencyId") long residencyId,
      ResidencyRequests.Transfer in) {
    return Response.status(Response.Status.CREATED)
        .entity(
            ResidencyView.of(
                houses.transfer(
                    clientId, residencyId, in.houseId(), in.clientRef(), in.on(), in.reason())))
        .build();
  }
}
