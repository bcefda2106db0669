package org.stepwise.cases.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.stepwise.cases.application.IntakeReportService;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.infrastructure.security.CurrentUser;

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

  @GET
  public List<IntakeReport> ofHouse(@PathParam("houseId") long houseId) {
    return reports.ofHouse(houseId);
  }

  @GET
  @Path("/{reportId}")
  public IntakeReport find(
      @PathParam("houseId") long houseId, @PathParam("reportId") long reportId) {
    return reports.find(houseId, reportId);
  }
}
