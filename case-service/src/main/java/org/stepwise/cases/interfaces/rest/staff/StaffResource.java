package org.stepwise.cases.interfaces.rest.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.stepwise.cases.application.StaffService;
import org.stepwise.cases.domain.model.staff.StaffDirectory.CaseManagerLoad;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The staff an admin assigns clients to: the case managers who have signed in, with the size of
 * their active caseloads (the assignment form's picker; no client in it).
 */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.PROGRAM_ADMIN)
public class StaffResource {

  @Inject private StaffService staff;

  @GET
  @Path("/case-managers")
  public List<CaseManagerLoad> caseManagers() {
    return staff.caseManagers();
  }
}
