package org.stepwise.routes.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/**
 * One message to mail, as case-service hands it out: the case manager's Keycloak subject and how
 * many items they have, never anything of a client.
 */
public record Notification(long id, String kind, String recipient, int urgent, int others) {

  /** The list case-service answers to {@code POST /api/v1/notification-claims}. */
  public static List<Notification> parseAll(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new Notification(
                      o.getJsonNumber("id").longValue(),
                      o.getString("kind"),
                      o.getString("recipient"),
                      o.getInt("urgent"),
                      o.getInt("others")))
          .toList();
    }
  }
}
