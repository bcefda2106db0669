package org.stepwise.routes.delivery;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/**
 * One summary due for delivery, as case-service hands it out: the clinic's channel and the FHIR
 * document. The bundle id is the idempotency key of every attempt; the lease names this claim in
 * the report (a report on a claim that has lapsed does not count, but for DELIVERED).
 */
public record Delivery(
    long summaryId,
    String bundleId,
    String lease,
    String clinic,
    String channel,
    String endpoint,
    String auth,
    String tokenUrl,
    String authClient,
    String document) {

  /** The list case-service answers to {@code GET /api/v1/deliveries/due}. */
  public static List<Delivery> parseAll(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray due = reader.readArray();
      return due.getValuesAs(JsonObject.class).stream().map(Delivery::of).toList();
    }
  }

  private static Delivery of(JsonObject o) {
    return new Delivery(
        o.getJsonNumber("summaryId").longValue(),
        o.getString("bundleId"),
        o.getString("lease"),
        o.getString("clinic"),
        o.getString("channel"),
        o.getString("endpoint"),
        o.getString("auth"),
        o.isNull("tokenUrl") ? null : o.getString("tokenUrl"),
        o.isNull("authClient") ? null : o.getString("authClient"),
        o.getString("document"));
  }

  /** The bundle's identifier as FHIR writes it (Bundle.identifier, system urn:ietf:rfc:3986). */
  public String identifier() {
    return "urn:uuid:" + bundleId;
  }
}
