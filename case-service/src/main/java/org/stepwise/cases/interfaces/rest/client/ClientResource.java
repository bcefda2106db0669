package org.stepwise.cases.interfaces.rest.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.stepwise.cases.application.ClientService;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.overview.CaseloadPage;
import org.stepwise.cases.domain.model.overview.CaseloadQuery;
import org.stepwise.cases.domain.model.overview.CaseloadSort;
import org.stepwise.cases.domain.model.overview.Flag;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.Versions;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** Clients: register, read, change (If-Match), search the caseload; the plan's parts. */
@Path("/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN})
public class ClientResource {

  @Inject private ClientService clients;

  @POST
  public Response register(ClientRequests.ClientBody in) {
    Client client = clients.register(in.details());
    return Response.created(UriBuilder.fromPath("/api/v1/clients/{id}").build(client.id()))
        .tag(Versions.etag(client.version()))
        .entity(ClientView.of(client))
        .build();
  }

  /**
   * The caseload, sorted and filtered across all of it before it is paged: {@code sort} is one of
   * {@link CaseloadSort} (URGENCY, most urgent first, unless asked otherwise), {@code order} ASC or
   * DESC, and the answer's {@code total} counts every client the search matched.
   */
  @GET
  public CaseloadPage search(
      @QueryParam("name") String name,
      @QueryParam("status") String status,
      @QueryParam("caseManager") String caseManager,
      @QueryParam("house") String house,
      @QueryParam("level") String level,
      @QueryParam("flag") String flag,
      @QueryParam("sort") @DefaultValue("URGENCY") String sort,
      @QueryParam("order") String order,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    params.put("status", status);
    params.put("level", blankToNull(level));
    params.put("flag", blankToNull(flag));
    params.put("sort", sort);
    params.put("order", blankToNull(order));
    params.put("page", page);
    params.put("size", size);
    JsonRequest query = JsonRequest.ofQuery(params, java.util.Set.of("page", "size"));
    ClientStatus statusValue = query.enumValue("status", false, ClientStatus.class);
    LevelOfCare levelValue =
        query.coded("level", false, LevelOfCare::fromCode, LevelOfCare.knownCodes());
    Flag flagValue = query.enumValue("flag", false, Flag.class);
    CaseloadSort sortValue = query.enumValue("sort", true, CaseloadSort.class);
    SortOrder orderValue = query.enumValue("order", false, SortOrder.class);
    Integer pageValue = query.integer("page", true, 0, 100_000);
    Integer sizeValue = query.integer("size", true, 1, 500);
    query.done();
    boolean descending =
        orderValue == null ? sortValue == CaseloadSort.URGENCY : orderValue == SortOrder.DESC;
    return clients.search(
        new CaseloadQuery(
            blankToNull(name),
            statusValue,
            blankToNull(caseManager),
            blankToNull(house),
            levelValue,
            flagValue,
            sortValue,
            descending,
            pageValue,
            sizeValue));
  }

  /** The direction of a sort. */
  public enum SortOrder {
    ASC,
    DESC
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response get(@PathParam("id") long id) {
    Client client = clients.get(id);
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      ClientRequests.ClientBody in) {
    Client client = clients.update(id, Versions.expected(ifMatch), in.details());
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  @PUT
  @Path("/{id}/step-down-plan")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response planStepDown(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      ClientRequests.PlanBody in) {
    Client client = clients.planStepDown(id, Versions.expected(ifMatch), in.plan());
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  @PUT
  @Path("/{id}/meeting-requirement")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response requireMeetings(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      ClientRequests.RequirementBody in) {
    Client client = clients.requireMeetings(id, Versions.expected(ifMatch), in.requirement());
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  /** Moves the client to another case manager's caseload. */
  @PUT
  @Path("/{id}/case-manager")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response assign(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      ClientRequests.AssignmentBody in) {
    Client client = clients.assign(id, Versions.expected(ifMatch), in.caseManager());
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
