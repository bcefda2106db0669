package org.stepwise.cases.interfaces.rest.attention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.stepwise.cases.application.AttentionService;
import org.stepwise.cases.domain.model.attention.AttentionItem;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** A client's attention history: every item, how it ended, and what was sent of it. */
@Path("/clients/{clientId}/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN})
public class ClientAttentionResource {

  @Inject private AttentionService attention;

  @GET
  public List<AttentionItem> history(@PathParam("clientId") long clientId) {
    return attention.history(clientId);
  }
}
