package org.stepwise.cases.interfaces.rest.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.stepwise.cases.application.OverviewService;
import org.stepwise.cases.domain.model.overview.ClientOverview;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** The client overview: level, plan, goals, attendance against the requirement, flags. */
@Path("/clients/{clientId}/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class OverviewResource {

  @Inject private OverviewService overviews;

  @GET
  public ClientOverview overview(@PathParam("clientId") long clientId) {
    return overviews.overview(clientId);
  }
}
