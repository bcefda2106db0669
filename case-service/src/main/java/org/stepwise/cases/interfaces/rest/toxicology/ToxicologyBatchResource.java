package org.stepwise.cases.interfaces.rest.toxicology;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.stepwise.cases.application.ToxicologyService;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.attendance.AttendanceBatchResource.BatchAnswer;

/**
 * Drug-test batches from houses: the house sheet's "Record a test" and the houses' systems through
 * the routes. Answered row by row like attendance batches; a test sent twice is stored once.
 */
@Path("/toxicology/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ToxicologyBatchResource {

  @Inject private ToxicologyService toxicology;

  @POST
  @RolesAllowed({CurrentUser.INTEGRATION, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public BatchAnswer submit(ToxicologyRequests.Batch in) {
    ToxicologyService.BatchResult result =
        toxicology.recordBatch(
            in.houseCode(),
            in.channel(),
            in.records().stream().map(ToxicologyRequests.Row::toRow).toList());
    return BatchAnswer.of(result.houseCode(), result.rows());
  }
}
