package org.stepwise.cases.interfaces.rest.toxicology;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.stepwise.cases.application.ToxicologyService;
import org.stepwise.cases.domain.model.toxicology.DrugTest;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** A client's drug tests, newest first, and the case manager's "explained by prescription". */
@Path("/clients/{clientId}/toxicology")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientToxicologyResource {

  @Inject private ToxicologyService toxicology;

  @GET
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public List<DrugTest> history(
      @PathParam("clientId") long clientId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    JsonRequest.Days days = JsonRequest.queryDays(from, to);
    return toxicology.history(clientId, days.from(), days.to());
  }

  @POST
  @Path("/{testId}/explanation")
  @RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN})
  public DrugTest explain(
      @PathParam("clientId") long clientId,
      @PathParam("testId") long testId,
      ToxicologyRequests.Explanation in) {
    return toxicology.explain(clientId, testId, in.reason());
  }
}
