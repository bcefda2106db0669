package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.function.UnaryOperator;

/**
 * The body of case-service's {@code POST /api/v1/attendance/batches}, made the same way from a
 * file's rows and a feed's page: the DESIGN.md fields (snake_case, as houses send them) under the
 * API's camelCase names.
 */
public final class AttendanceBatchJson {

  private AttendanceBatchJson() {}

  /** One record, each field read by its column name ({@code client_ref}, …). */
  public static JsonObjectBuilder record(UnaryOperator<String> field) {
    JsonObjectBuilder record = Json.createObjectBuilder();
    for (String column : AttendanceCsv.COLUMNS) {
      if (!column.equals("house_code")) {
        record.add(camel(column), field.apply(column));
      }
    }
    return record;
  }

  /** The batch of {@code records} from {@code houseCode} over {@code channel}. */
  public static String batch(String houseCode, String channel, JsonArrayBuilder records) {
    return Json.createObjectBuilder()
        .add("houseCode", houseCode)
        .add("channel", channel)
        .add("records", records)
        .build()
        .toString();
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
