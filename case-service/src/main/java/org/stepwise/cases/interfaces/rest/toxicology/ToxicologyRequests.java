package org.stepwise.cases.interfaces.rest.toxicology;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.toxicology.DrugTest;
import org.stepwise.cases.domain.model.toxicology.DrugTestRow;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the drug-test endpoints. */
public final class ToxicologyRequests {

  /** Rows a batch may carry. */
  static final int MAX_ROWS = 5000;

  private ToxicologyRequests() {}

  /**
   * A house's batch of tests, shaped like an attendance batch: its rows are judged one by one by
   * the domain and answered row by row (a bad value is that row's REJECTED answer, not a 400).
   */
  @Schema(
      name = "ToxicologyBatch",
      requiredProperties = {"houseCode", "channel", "records"})
  public record Batch(
      @Schema(maxLength = 32) String houseCode, SourceChannel channel, List<Row> records)
      implements RequestRecord {
    static Batch read(JsonRequest in) {
      String house = in.text("houseCode", true, 32);
      SourceChannel channel = in.enumValue("channel", true, SourceChannel.class);
      List<Row> rows = in.rows("records", MAX_ROWS).stream().map(Row::of).toList();
      return new Batch(house, channel, rows);
    }
  }

  /**
   * One test as the house records it. {@code substancesTested} and {@code substancesPositive} are
   * codes of Substance (any case): the panel is required unless the result is REFUSED, MISSED or
   * INVALID, and a POSITIVE result names at least one positive substance of it.
   */
  @Schema(
      name = "ToxicologyBatchRow",
      requiredProperties = {
        "clientRef",
        "collectedAt",
        "method",
        "reason",
        "result",
        "collectedBy",
        "sourceRecordId"
      })
  public record Row(
      String clientRef,
      @Schema(format = "date-time", description = "ISO-8601 with an offset") String collectedAt,
      @Schema(implementation = TestMethod.class) String method,
      @Schema(implementation = TestReason.class) String reason,
      @Schema(implementation = TestResult.class) String result,
      List<String> substancesTested,
      List<String> substancesPositive,
      @Schema(
              type = SchemaType.BOOLEAN,
              description = "true when a laboratory confirmed the result")
          String labConfirmed,
      @Schema(maxLength = 100) String collectedBy,
      @Schema(maxLength = 128) String sourceRecordId) {

    static Row of(JsonObject row) {
      return new Row(
          field(row, "clientRef"),
          field(row, "collectedAt"),
          field(row, "method"),
          field(row, "reason"),
          field(row, "result"),
          list(row, "substancesTested"),
          list(row, "substancesPositive"),
          field(row, "labConfirmed"),
          field(row, "collectedBy"),
          field(row, "sourceRecordId"));
    }

    DrugTestRow toRow() {
      return new DrugTestRow(
          clientRef,
          collectedAt,
          method,
          reason,
          result,
          substancesTested,
          substancesPositive,
          labConfirmed,
          collectedBy,
          sourceRecordId);
    }

    private static String field(JsonObject row, String name) {
      return JsonRequest.textOf(row, name);
    }

    private static List<String> list(JsonObject row, String name) {
      JsonValue v = row.get(name);
      if (v == null || v == JsonValue.NULL) {
        return null;
      }
      if (v instanceof JsonArray a) {
        return a.stream()
            .map(x -> x instanceof JsonString s ? s.getString() : x.toString())
            .toList();
      }
      return List.of(v instanceof JsonString s ? s.getString() : v.toString());
    }
  }

  /** Which prescription explains a positive result. */
  @Schema(
      name = "DrugTestExplanation",
      requiredProperties = {"reason"})
  public record Explanation(@Schema(maxLength = DrugTest.Explanation.MAX_REASON) String reason)
      implements RequestRecord {
    static Explanation read(JsonRequest in) {
      return new Explanation(in.text("reason", true, DrugTest.Explanation.MAX_REASON));
    }
  }
}
