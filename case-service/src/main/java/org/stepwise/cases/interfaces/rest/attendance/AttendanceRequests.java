package org.stepwise.cases.interfaces.rest.attendance;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.attendance.AttendanceRow;
import org.stepwise.cases.domain.model.attendance.AttendanceStatus;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.attendance.Verification;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the attendance endpoints. */
public final class AttendanceRequests {

  /** Rows a batch may carry. */
  static final int MAX_ROWS = 5000;

  private AttendanceRequests() {}

  /** One meeting recorded by hand for one client. */
  @Schema(name = "ManualAttendance")
  public record Manual(
      @Schema(required = true) MeetingType meetingType,
      @Schema(required = true, maxLength = 200) String meetingName,
      @Schema(required = true, description = "ISO-8601 with an offset") OffsetDateTime startedAt,
      @Schema(required = true) AttendanceStatus status,
      @Schema(required = true) Verification verification,
      @Schema(
              maxLength = 120,
              description =
                  "stored as manual:<id>, apart from the ids houses' files and feeds send")
          String sourceRecordId)
      implements RequestRecord {
    static Manual read(JsonRequest in) {
      return new Manual(
          in.enumValue("meetingType", true, MeetingType.class),
          in.text("meetingName", true, 200),
          in.timestamp("startedAt", true),
          in.enumValue("status", true, AttendanceStatus.class),
          in.enumValue("verification", true, Verification.class),
          in.text("sourceRecordId", false, 120));
    }
  }

  /**
   * A house's batch. Its rows are checked one by one by the domain and answered row by row, so a
   * row's fields are read as they come (a bad value is that row's REJECTED answer, not a 400).
   */
  @Schema(
      name = "AttendanceBatch",
      requiredProperties = {"houseCode", "channel", "records"})
  public record Batch(
      @Schema(required = true, maxLength = 32) String houseCode,
      @Schema(required = true) SourceChannel channel,
      List<Row> records)
      implements RequestRecord {
    static Batch read(JsonRequest in) {
      String house = in.text("houseCode", true, 32);
      SourceChannel channel = in.enumValue("channel", true, SourceChannel.class);
      List<Row> rows = in.rows("records", MAX_ROWS).stream().map(Row::of).toList();
      return new Batch(house, channel, rows);
    }
  }

  /** One row of a batch, as the house's system sends it. */
  @Schema(name = "AttendanceBatchRow")
  public record Row(
      @Schema(required = true) String clientRef,
      @Schema(required = true, implementation = MeetingType.class) String meetingType,
      @Schema(required = true) String meetingName,
      @Schema(required = true, format = "date-time") String startedAt,
      @Schema(required = true, implementation = AttendanceStatus.class) String status,
      @Schema(required = true, implementation = Verification.class) String verification,
      String reportedBy,
      @Schema(required = true, maxLength = 128) String sourceRecordId) {

    static Row of(JsonObject row) {
      return new Row(
          field(row, "clientRef"),
          field(row, "meetingType"),
          field(row, "meetingName"),
          field(row, "startedAt"),
          field(row, "status"),
          field(row, "verification"),
          field(row, "reportedBy"),
          field(row, "sourceRecordId"));
    }

    AttendanceRow toRow() {
      return new AttendanceRow(
          clientRef,
          meetingType,
          meetingName,
          startedAt,
          status,
          verification,
          reportedBy,
          sourceRecordId);
    }

    private static String field(JsonObject row, String name) {
      return JsonRequest.textOf(row, name);
    }
  }
}
