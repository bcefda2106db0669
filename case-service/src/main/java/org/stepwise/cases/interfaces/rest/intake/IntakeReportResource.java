package org.stepwise.cases.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.stepwise.cases.application.IntakeReportService;
import org.stepwise.cases.application.IntakeReportService.NewReport;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Intake reports as the routes (or a house manager) send them: one per file or feed page. */
@Path("/intake-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeReportResource {

  @Inject private IntakeReportService reports;

  @POST
  @RolesAllowed({CurrentUser.INTEGRATION, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response record(IntakeReportBody in) {
    IntakeReport stored =
        reports.record(
            new NewReport(
                in.houseCode(),
                in.channel().name(),
                in.sourceName(),
                in.outcome(),
                in.accepted(),
                in.duplicates(),
                in.rejected(),
                in.rejects().stream().map(IntakeReportBody.RejectBody::toReject).toList()));
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }
}
