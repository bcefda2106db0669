package org.stepwise.cases.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.application.IntakeReportService;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/**
 * What became of each file a house sent, with its rejected rows: for the house's managers, case
 * managers with a client living there, and admins.
 */
@Path("/houses/{houseId}/intake-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER, CurrentUser.CASE_MANAGER})
public class HouseIntakeReportResource {

  @Inject private IntakeReportService reports;

  /** Newest first, a page at a time ({@code page} from 0, {@code size} up to 100). */
  @GET
  public List<IntakeReport> ofHouse(
      @PathParam("houseId") long houseId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    JsonRequest query =
        JsonRequest.ofQuery(java.util.Map.of("page", page, "size", size), Set.of("page", "size"));
    Integer pageValue = query.integer("page", true, 0, 100_000);
    Integer sizeValue = query.integer("size", true, 1, 100);
    query.done();
    return reports.ofHouse(houseId, pageValue, sizeValue);
  }

  @GET
  @Path("/{reportId}")
  public IntakeReport find(
      @PathParam("houseId") long houseId, @PathParam("reportId") long reportId) {
    return reports.find(houseId, reportId);
  }
}
