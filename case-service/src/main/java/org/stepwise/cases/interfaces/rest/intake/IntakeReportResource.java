package org.stepwise.cases.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.cases.application.IntakeReportService;
import org.stepwise.cases.application.IntakeReportService.NewReport;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** Intake reports as the routes (or a house manager) send them: one per file or feed page. */
@Path("/intake-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeReportResource {

  @Inject private IntakeReportService reports;

  @POST
  @RolesAllowed({CurrentUser.INTEGRATION, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public Response record(JsonObject body) {
    JsonRequest in =
        JsonRequest.of(
            body,
            "houseCode",
            "channel",
            "sourceName",
            "outcome",
            "accepted",
            "duplicates",
            "rejected",
            "rejects");
    String house = in.text("houseCode", true, 32);
    SourceChannel channel = in.enumValue("channel", true, SourceChannel.class);
    String source = in.text("sourceName", true, 255);
    String outcome = in.text("outcome", true, 8);
    if (outcome != null && !outcome.equals("DONE") && !outcome.equals("ERROR")) {
      in.reject("outcome", "UNKNOWN_VALUE", "DONE or ERROR");
    }
    Integer accepted = in.integer("accepted", true, 0, Integer.MAX_VALUE);
    Integer duplicates = in.integer("duplicates", true, 0, Integer.MAX_VALUE);
    Integer rejected = in.integer("rejected", true, 0, Integer.MAX_VALUE);
    JsonArray rows = in.array("rejects", true);
    List<IntakeReport.Reject> rejects = new ArrayList<>();
    if (rows != null) {
      for (int i = 0; i < rows.size() && i < IntakeReport.MAX_REJECTS; i++) {
        JsonValue v = rows.get(i);
        if (!(v instanceof JsonObject o)) {
          in.reject("rejects[" + i + "]", "WRONG_TYPE", "an object is expected");
          continue;
        }
        JsonRequest r = JsonRequest.of(o, "line", "sourceRecordId", "field", "code", "reason");
        Integer line = r.integer("line", true, 0, Integer.MAX_VALUE);
        String id = r.text("sourceRecordId", false, 128);
        String field = r.text("field", false, 64);
        String code = r.text("code", true, 64);
        String reason = r.text("reason", true, 1000);
        if (!r.isValid()) {
          in.reject("rejects[" + i + "]", "INVALID", "line, code and reason are required");
          continue;
        }
        rejects.add(new IntakeReport.Reject(line, id, field, code, reason));
      }
    }
    in.done();
    IntakeReport stored =
        reports.record(
            new NewReport(
                house, channel.name(), source, outcome, accepted, duplicates, rejected, rejects));
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }
}
