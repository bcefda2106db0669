package org.stepwise.cases.interfaces.rest.intake;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** One file's or feed page's outcome: counts and the rejected rows with line and reason. */
@Schema(
    name = "IntakeReportRequest",
    requiredProperties = {
      "houseCode",
      "channel",
      "sourceName",
      "outcome",
      "accepted",
      "duplicates",
      "rejected",
      "rejects"
    })
public record IntakeReportBody(
    @Schema(required = true, maxLength = 32) String houseCode,
    @Schema(required = true) SourceChannel channel,
    @Schema(required = true, maxLength = 255) String sourceName,
    @Schema(
            required = true,
            enumeration = {"DONE", "ERROR"})
        String outcome,
    @Schema(required = true, minimum = "0") Integer accepted,
    @Schema(required = true, minimum = "0") Integer duplicates,
    @Schema(required = true, minimum = "0") Integer rejected,
    List<RejectBody> rejects)
    implements RequestRecord {

  /** A rejected row. */
  @Schema(name = "IntakeReject")
  public record RejectBody(
      @Schema(required = true, minimum = "0") Integer line,
      @Schema(maxLength = 128) String sourceRecordId,
      @Schema(maxLength = 64) String field,
      @Schema(required = true, maxLength = 64) String code,
      @Schema(required = true, maxLength = 1000) String reason,
      @Schema(
              maxLength = 64,
              description = "the house's client reference on the row, when it had one")
          String clientRef) {

    IntakeReport.Reject toReject() {
      return new IntakeReport.Reject(line, sourceRecordId, field, code, reason, clientRef, null);
    }
  }

  static IntakeReportBody read(JsonRequest in) {
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
    List<RejectBody> rejects = new ArrayList<>();
    if (rows != null) {
      for (int i = 0; i < rows.size() && i < IntakeReport.MAX_REJECTS; i++) {
        JsonValue v = rows.get(i);
        if (!(v instanceof JsonObject o)) {
          in.reject("rejects[" + i + "]", "WRONG_TYPE", "an object is expected");
          continue;
        }
        JsonRequest r =
            JsonRequest.of(o, "line", "sourceRecordId", "field", "code", "reason", "clientRef");
        RejectBody reject =
            new RejectBody(
                r.integer("line", true, 0, Integer.MAX_VALUE),
                r.text("sourceRecordId", false, 128),
                r.text("field", false, 64),
                r.text("code", true, 64),
                r.text("reason", true, 1000),
                r.text("clientRef", false, 64));
        if (!r.isValid()) {
          in.reject("rejects[" + i + "]", "INVALID", "line, code and reason are required");
          continue;
        }
        rejects.add(reject);
      }
    }
    return new IntakeReportBody(
        house, channel, source, outcome, accepted, duplicates, rejected, rejects);
  }
}
