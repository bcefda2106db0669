package org.stepwise.cases.interfaces.rest.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.cases.application.AttendanceService;
import org.stepwise.cases.application.AttendanceService.BatchResult;
import org.stepwise.cases.domain.model.attendance.AttendanceRow;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/**
 * Attendance batches from houses (the endpoint the integration routes use). Each row comes back
 * ACCEPTED, DUPLICATE or REJECTED with its reason; a row sent twice is stored once.
 */
@Path("/attendance/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceBatchResource {

  static final int MAX_ROWS = 5000;

  @Inject private AttendanceService attendance;

  /** The answer to a batch: counts, and one outcome per row in the order sent. */
  public record BatchAnswer(String houseCode, Map<String, Long> counts, List<RowOutcome> rows) {}

  @POST
  @RolesAllowed({CurrentUser.INTEGRATION, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
  public BatchAnswer submit(JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "houseCode", "channel", "records");
    String house = in.text("houseCode", true, 32);
    SourceChannel channel = in.enumValue("channel", true, SourceChannel.class);
    JsonArray records = in.array("records", true);
    if (records != null && records.size() > MAX_ROWS) {
      in.reject("records", "TOO_MANY", "at most " + MAX_ROWS + " rows a batch");
    }
    in.done();
    List<AttendanceRow> rows = new ArrayList<>(records.size());
    for (JsonValue value : records) {
      // a row that is not even an object is still answered, as a rejected row
      JsonObject row = value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
      rows.add(
          new AttendanceRow(
              field(row, "clientRef"),
              field(row, "meetingType"),
              field(row, "meetingName"),
              field(row, "startedAt"),
              field(row, "status"),
              field(row, "verification"),
              field(row, "reportedBy"),
              field(row, "sourceRecordId")));
    }
    BatchResult result = attendance.recordBatch(house, channel, rows);
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (RowOutcome.Result r : RowOutcome.Result.values()) {
      counts.put(
          r.name().toLowerCase(), result.rows().stream().filter(o -> o.result() == r).count());
    }
    return new BatchAnswer(result.houseCode(), counts, result.rows());
  }

  private static String field(JsonObject row, String name) {
    JsonValue v = row.get(name);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v == null || v == JsonValue.NULL ? null : v.toString();
  }
}
