package org.stepwise.cases.interfaces.rest.house;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.stepwise.cases.application.HouseService;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseWorklist;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.Versions;

/** Sober-living houses and their rosters. */
@Path("/houses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseResource {

  @Inject private HouseService houses;

  @POST
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response register(NewHouse in) {
    House house =
        houses.register(
            new House(
                    in.code(),
                    in.name(),
                    in.address() == null ? null : in.address().toAddress(),
                    in.narrLevel(),
                    in.capacity(),
                    in.reportingChannel())
                .testingRule(in.randomTestsPerMonth()));
    return Response.created(UriBuilder.fromPath("/api/v1/houses/{id}").build(house.id()))
        .entity(HouseView.of(house))
        .build();
  }

  /** Changes a house (not its code); If-Match names the version read. */
  @PUT
  @Path("/{houseId}")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response change(
      @PathParam("houseId") long houseId, @HeaderParam("If-Match") String ifMatch, HouseChange in) {
    House house = houses.change(houseId, Versions.expected(ifMatch), in.details());
    return Response.ok(HouseView.of(house)).tag(Versions.etag(house.version())).build();
  }

  @GET
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.CASE_MANAGER})
  public List<HouseView> list() {
    return houses.all().stream().map(HouseView::of).toList();
  }

  /** The houses the caller manages (a house manager's own): where the house pages start. */
  @GET
  @Path("/managed")
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public List<HouseView> managed() {
    return houses.managed().stream().map(HouseView::of).toList();
  }

  @GET
  @Path("/{houseId}/roster")
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public RosterView roster(@PathParam("houseId") long houseId) {
    return RosterView.of(houses.roster(houseId));
  }

  /** The house manager's worklist: who is behind on meetings this week, and a late report. */
  @GET
  @Path("/{houseId}/worklist")
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public HouseWorklist worklist(@PathParam("houseId") long houseId) {
    return houses.worklist(houseId);
  }
}
