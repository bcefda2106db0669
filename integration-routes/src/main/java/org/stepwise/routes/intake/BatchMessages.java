package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.apache.camel.Exchange;
import org.stepwise.routes.casefile.CaseServiceRoutes;

/**
 * The two ends of one batch's call to case-service: the request made of the batch's rows, and the
 * per-row answer applied to the file's counts and reject report (by the row's index in the batch,
 * so its line number is the one in the house's file).
 */
final class BatchMessages {

  /** The exchange property holding the batch's rows while its request is out. */
  static final String ROWS = "StepwiseBatchRows";

  private BatchMessages() {}

  /** The request for a batch of {@code rows} of the intake's file. */
  static String requestFor(FileIntake intake, List<CsvLine> rows) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (CsvLine line : rows) {
      records.add(intake.type().record(line::get));
    }
    return BatchJson.batch(intake.house(), intake.channel(), records);
  }

  /**
   * Replaces the batch in the body with its request, after reporting the lines read with it that
   * could not be used.
   */
  static void request(Exchange exchange) {
    FileBatch batch = exchange.getIn().getBody(FileBatch.class);
    FileIntake intake = FileIntake.of(exchange);
    batch.unreadable().forEach(intake::reject);
    exchange.setProperty(ROWS, batch.rows());
    exchange.getIn().setBody(batch.request());
  }

  /** Counts and reports what case-service answered for each row, or fails the file on a refusal. */
  @SuppressWarnings("unchecked")
  static void answer(Exchange exchange) {
    FileIntake intake = FileIntake.of(exchange);
    Integer refused = exchange.getIn().getHeader(CaseServiceRoutes.REFUSED, Integer.class);
    if (refused != null) {
      intake.fail("REFUSED", "case-service refused the request (HTTP " + refused + ")");
      return;
    }
    List<CsvLine> batch = exchange.getProperty(ROWS, List.class);
    JsonObject result =
        Json.createReader(new StringReader(exchange.getIn().getBody(String.class))).readObject();
    for (JsonObject row : result.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      CsvLine line = batch.get(row.getInt("index"));
      switch (row.getString("result")) {
        case "ACCEPTED" -> intake.accepted();
        case "DUPLICATE" -> {
          // a row repeating another of the same file is the house's mistake, not a re-send
          if ("DUPLICATE".equals(row.getString("code", null))
              && row.getString("reason", "").startsWith("repeats")) {
            intake.reject(
                new RowReject(
                    line.lineNumber(),
                    line.get("source_record_id"),
                    "source_record_id",
                    "DUPLICATE_IN_FILE",
                    row.getString("reason"),
                    line.get("client_ref")));
          } else {
            intake.duplicate();
          }
        }
        default ->
            intake.reject(
                new RowReject(
                    line.lineNumber(),
                    line.get("source_record_id"),
                    snake(row.getString("field", null)),
                    row.getString("code", null),
                    row.getString("reason", null),
                    line.get("client_ref")));
      }
    }
  }

  /** The API names fields in camelCase; the house's file has snake_case columns. */
  private static String snake(String field) {
    return field == null ? null : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
  }
}
