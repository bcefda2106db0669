package org.stepwise.cases.interfaces.rest.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.EnumSet;
import java.util.List;
import org.stepwise.cases.application.ClientService;
import org.stepwise.cases.application.ClientService.ClientDetails;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.client.MeetingRequirement;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.cases.domain.model.client.PersonalDetails;
import org.stepwise.cases.domain.model.client.Referral;
import org.stepwise.cases.domain.model.client.StepDownPlan;
import org.stepwise.cases.domain.model.overview.CaseloadPage;
import org.stepwise.cases.domain.model.overview.CaseloadQuery;
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

  private static final String[] CLIENT_FIELDS = {
    "givenName",
    "familyName",
    "dateOfBirth",
    "phone",
    "email",
    "recoveryStartDate",
    "status",
    "caseManager",
    "referral"
  };

  @Inject private ClientService clients;

  @POST
  public Response register(JsonObject body) {
    Client client = clients.register(details(JsonRequest.of(body, CLIENT_FIELDS), false));
    return Response.created(UriBuilder.fromPath("/api/v1/clients/{id}").build(client.id()))
        .tag(Versions.etag(client.version()))
        .entity(ClientView.of(client))
        .build();
  }

  @GET
  public CaseloadPage search(
      @QueryParam("name") String name,
      @QueryParam("status") String status,
      @QueryParam("caseManager") String caseManager,
      @QueryParam("house") String house,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    params.put("status", status);
    params.put("page", page);
    params.put("size", size);
    JsonRequest query = JsonRequest.ofQuery(params, java.util.Set.of("page", "size"));
    ClientStatus statusValue = query.enumValue("status", false, ClientStatus.class);
    Integer pageValue = query.integer("page", true, 0, 100_000);
    Integer sizeValue = query.integer("size", true, 1, 500);
    query.done();
    return clients.search(
        new CaseloadQuery(
            blankToNull(name),
            statusValue,
            blankToNull(caseManager),
            blankToNull(house),
            pageValue,
            sizeValue));
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
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    ClientDetails details = details(JsonRequest.of(body, CLIENT_FIELDS), true);
    Client client = clients.update(id, Versions.expected(ifMatch), details);
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  @PUT
  @Path("/{id}/step-down-plan")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response planStepDown(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "targetLevel", "targetDate", "criteria");
    LevelOfCare level =
        in.coded("targetLevel", true, LevelOfCare::fromCode, LevelOfCare.knownCodes());
    var date = in.date("targetDate", true);
    String criteria = in.text("criteria", true, 2000);
    in.done();
    Client client =
        clients.planStepDown(
            id, Versions.expected(ifMatch), new StepDownPlan(level, date, criteria));
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  @PUT
  @Path("/{id}/meeting-requirement")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response requireMeetings(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "perWeek", "meetingTypes");
    Integer perWeek = in.integer("perWeek", true, 0, 21);
    EnumSet<MeetingType> types = EnumSet.noneOf(MeetingType.class);
    List<String> named = in.texts("meetingTypes", false);
    for (int i = 0; i < named.size(); i++) {
      try {
        types.add(MeetingType.valueOf(named.get(i)));
      } catch (IllegalArgumentException e) {
        in.reject(
            "meetingTypes[" + i + "]", "UNKNOWN_VALUE", "one of " + List.of(MeetingType.values()));
      }
    }
    in.done();
    Client client =
        clients.requireMeetings(
            id, Versions.expected(ifMatch), new MeetingRequirement(perWeek, types));
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  /** Moves the client to another case manager's caseload. */
  @PUT
  @Path("/{id}/case-manager")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response assign(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "caseManager");
    String caseManager = in.text("caseManager", true, 100);
    in.done();
    Client client = clients.assign(id, Versions.expected(ifMatch), caseManager);
    return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version())).build();
  }

  private static ClientDetails details(JsonRequest in, boolean update) {
    String given = in.text("givenName", true, 100);
    String family = in.text("familyName", true, 100);
    var birth = in.date("dateOfBirth", true);
    String phone = in.text("phone", false, 40);
    String email = in.text("email", false, 200);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      in.reject("email", "INVALID_EMAIL", "an e-mail address like name@example.org");
    }
    var recovery = in.date("recoveryStartDate", true);
    ClientStatus status = in.enumValue("status", false, ClientStatus.class);
    String caseManager = in.text("caseManager", false, 100);
    JsonRequest referral = in.object("referral", false, "clinic", "clinician");
    String clinic = referral == null ? null : referral.text("clinic", false, 64);
    String clinician = referral == null ? null : referral.text("clinician", false, 100);
    in.done();
    return new ClientDetails(
        new PersonalDetails(given, family, birth, phone, email),
        recovery,
        status,
        caseManager,
        new Referral(clinic, clinician));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
