package org.stepwise.routes.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The body of case-service's batch endpoints ({@code POST /api/v1/attendance/batches}, {@code
 * /toxicology/batches}), made the same way from a file's rows and a feed's page; each record is
 * made by its {@link RecordType}.
 */
public final class BatchJson {

  private BatchJson() {}

  /** The batch of {@code records} from {@code houseCode} over {@code channel}. */
  public static String batch(String houseCode, String channel, JsonArrayBuilder records) {
    return Json.createObjectBuilder()
        .add("houseCode", houseCode)
        .add("channel", channel)
        .add("records", records)
        .build()
        .toString();
  }
}
