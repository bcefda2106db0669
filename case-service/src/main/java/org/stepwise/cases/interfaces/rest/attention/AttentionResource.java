package org.stepwise.cases.interfaces.rest.attention;

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
import org.stepwise.cases.application.AttentionService;
import org.stepwise.cases.domain.model.attention.AttentionItem;
import org.stepwise.cases.domain.model.attention.RuleCount;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The worklist: the clients who need their case manager now, urgent first; acknowledged and
 * resolved here. A case manager sees their own clients' items, an admin everyone's.
 */
@Path("/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN})
public class AttentionResource {

  @Inject private AttentionService attention;

  /** Items not resolved; an admin may name one case manager's login. */
  @GET
  public List<AttentionItem> worklist(@QueryParam("caseManager") String caseManager) {
    return attention
        .worklist(caseManager == null || caseManager.isBlank() ? null : caseManager.strip())
        .items();
  }

  /** The admin's page: items not resolved, counted per rule. */
  @GET
  @Path("/counts")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public List<RuleCount> counts() {
    return attention.counts();
  }

  @POST
  @Path("/{itemId}/acknowledgement")
  public AttentionItem acknowledge(@PathParam("itemId") long itemId) {
    return attention.acknowledge(itemId);
  }

  @POST
  @Path("/{itemId}/resolution")
  public AttentionItem resolve(@PathParam("itemId") long itemId, ResolutionRequest in) {
    return attention.resolve(itemId, in.outcome());
  }
}
