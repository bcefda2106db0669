package org.stepwise.cases.interfaces.rest.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.application.CadenceRun;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Starts the cadence run: each clinic's latest complete period, for every referred client who has
 * no summary for it yet. Safe to call as often as one likes; the routes call it on a schedule.
 */
@Path("/summary-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryRunResource {

  @Inject private CadenceRun cadence;

  public record RunView(List<ClinicRunView> clinics, int pending, int withheld) {}

  public record ClinicRunView(
      String clinic, LocalDate periodStart, LocalDate periodEnd, int generated) {}

  @POST
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.INTEGRATION})
  public RunView run() {
    CadenceRun.RunResult r = cadence.run();
    return new RunView(
        r.clinics().stream()
            .map(
                c ->
                    new ClinicRunView(
                        c.clinic(), c.period().start(), c.period().end(), c.generated()))
            .toList(),
        r.pending(),
        r.withheld());
  }
}
