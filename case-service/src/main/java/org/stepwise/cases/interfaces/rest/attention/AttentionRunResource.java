package org.stepwise.cases.interfaces.rest.attention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.stepwise.cases.application.AttentionService;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The attention run: every active client evaluated for the time-based rules (days without a
 * meeting, an overdue step-down, a consent about to expire). Idempotent; the routes' leader calls
 * it daily, an admin may call it at any time.
 */
@Path("/attention-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.INTEGRATION})
public class AttentionRunResource {

  @Inject private AttentionService attention;

  @POST
  public AttentionService.Run run() {
    return attention.run();
  }
}
