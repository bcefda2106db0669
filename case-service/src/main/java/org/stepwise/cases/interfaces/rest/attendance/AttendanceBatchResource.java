package org.stepwise.cases.interfaces.rest.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.stepwise.cases.application.AttendanceService;
import org.stepwise.cases.application.AttendanceService.BatchResult;
import org.stepwise.cases.domain.model.attendance.AttendanceRow;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Attendance batches from houses (the endpoint the integration routes use). Each row comes back
 * ACCEPTED, DUPLICATE or REJECTED with its reason; a row sent twice is stored once.
 */
@Path("/attendance/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceBatchResource {

  @Inject private AttendanceService attendance;

  /** The answer to a batch: counts, and one outcome per row in the order sent. */
  public record BatchAnswer(String houseCode, Map<String, Long> counts, List<RowOutcome> rows) {
    public static BatchAnswer of(String houseCode, List<RowOutcome> rows) {
      Map<String, Long> counts = new java.util.LinkedHashMap<>();
      for (RowOutcome.Result r : RowOutcome.Result.values()) {
        counts.put(r.name().toLowerCase(), rows.stream().filter(o -> o.result() == r).count());
      }
      return new BatchAnswer(houseCode, counts, rows);
    }
  }

  @POST
  @RolesAllowed({CurrentUser.INTEGRATION, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public BatchAnswer submit(AttendanceRequests.Batch in) {
    List<AttendanceRow> rows = in.records().stream().map(AttendanceRequests.Row::toRow).toList();
    BatchResult result = attendance.recordBatch(in.houseCode(), in.channel(), rows);
    return BatchAnswer.of(result.houseCode(), result.rows());
  }
}
