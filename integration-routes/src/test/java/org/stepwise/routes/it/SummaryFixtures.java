package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/** ClinicRepository, referred clients, consents and summaries through case-service's API. */
final class SummaryFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  private final RoutesTestPlatform platform;

  SummaryFixtures(RoutesTestPlatform platform) {
    this.platform = platform;
  }

  static String uniqueCode(String prefix) {
    return prefix + RUN + SEQ.incrementAndGet();
  }

  static LocalDate today() {
    return LocalDate.now(IntakeFixtures.ZONE);
  }

  private static JsonObject expect(int status, ApiClient.Response r) {
    assertEquals(status, r.status(), r.body());
    return r.body().startsWith("{") ? r.object() : null;
  }

  /** A weekly clinic with this channel; returns its code. */
  String clinic(JsonObjectBuilder channel) {
    String code = uniqueCode("CL");
    expect(
        201,
        platform.api.post(
            "/api/v1/clinics",
            platform.token(DemoUser.ADMIN_OKAFOR),
            channel
                .add("code", code)
                .add("name", "Clinic " + code)
                .add("cadence", "WEEKLY")
                .build()
                .toString()));
    return code;
  }

  static JsonObjectBuilder fhir(String endpoint) {
    return Json.createObjectBuilder()
        .add("channel", "FHIR")
        .add("endpoint", endpoint)
        .add("auth", "NONE");
  }

  long referredClient(String clinic) {
    return expect(
            201,
            platform.api.post(
                "/api/v1/clients",
                platform.token(DemoUser.CM_RIVERA),
                Json.createObjectBuilder()
                    .add("givenName", "Delivery")
                    .add("familyName", uniqueCode("Client"))
                    .add("dateOfBirth", "1988-05-06")
                    .add("recoveryStartDate", today().minusDays(90).toString())
                    .add("referral", Json.createObjectBuilder().add("clinic", clinic))
                    .build()
                    .toString()))
        .getJsonNumber("id")
        .longValue();
  }

  long consent(long client, String clinic, LocalDate expires, String... sections) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String s : sections) {
      list.add(s);
    }
    return expect(
            201,
            platform.api.post(
                "/api/v1/clients/" + client + "/consents",
                platform.token(DemoUser.CM_RIVERA),
                Json.createObjectBuilder()
                    .add("recipient", Json.createObjectBuilder().add("clinic", clinic))
                    .add("purpose", "Coordination of aftercare")
                    .add("sections", list)
                    .add("effectiveFrom", today().minusDays(60).toString())
                    .add("expiry", Json.createObjectBuilder().add("date", expires.toString()))
                    .add(
                        "signature",
                        Json.createObjectBuilder()
                            .add("signedBy", "The client")
                            .add("signedOn", today().minusDays(60).toString())
                            .add("method", "ELECTRONIC"))
                    .add("revocationRightExplained", true)
                    .build()
                    .toString()))
        .getJsonNumber("id")
        .longValue();
  }

  void revoke(long client, long consent) {
    expect(
        200,
        platform.api.post(
            "/api/v1/clients/" + client + "/consents/" + consent + "/revocation",
            platform.token(DemoUser.CM_RIVERA),
            "{\"reason\":\"withdrawn\"}"));
  }

  /** An on-demand summary of the last 7 days. */
  JsonObject summaryNow(long client) {
    return expect(
        201,
        platform.api.post(
            "/api/v1/clients/" + client + "/summaries", platform.token(DemoUser.CM_RIVERA), "{}"));
  }

  JsonObject summary(long client, long summary) {
    return expect(
        200,
        platform.api.get(
            "/api/v1/clients/" + client + "/summaries/" + summary,
            platform.token(DemoUser.CM_RIVERA)));
  }

  /** The client's summaries, newest first. */
  jakarta.json.JsonArray summaries(long client) {
    ApiClient.Response r =
        platform.api.get(
            "/api/v1/clients/" + client + "/summaries", platform.token(DemoUser.CM_RIVERA));
    assertEquals(200, r.status(), r.body());
    return r.array();
  }

  void attended(long client, ZonedDateTime at, String id) {
    expect(
        201,
        platform.api.post(
            "/api/v1/clients/" + client + "/attendance",
            platform.token(DemoUser.CM_RIVERA),
            Json.createObjectBuilder()
                .add("meetingType", "NA")
                .add("meetingName", "Hope Group " + id)
                .add("startedAt", at.withNano(0).toOffsetDateTime().toString())
                .add("status", "ATTENDED")
                .add("verification", "SIGNED_SLIP")
                .build()
                .toString()));
  }

  void goal(long client, String domain, String statement) {
    expect(
        201,
        platform.api.post(
            "/api/v1/clients/" + client + "/goals",
            platform.token(DemoUser.CM_RIVERA),
            "{\"domain\":\"" + domain + "\",\"statement\":\"" + statement + "\"}"));
  }

  /** The routes against this platform with summaries only (no house intake), polling fast. */
  Map<String, String> routes(boolean cadenceRunNow) {
    Map<String, String> p = new HashMap<>();
    p.put("stepwise.case-service.url", platform.platform.serviceUrl());
    p.put("stepwise.keycloak.token-url", platform.tokenUrl());
    p.put("stepwise.intake.houses", "");
    p.put("stepwise.feeds", "");
    p.put("stepwise.summaries.run-delay", cadenceRunNow ? "0" : "3600000");
    p.put("stepwise.delivery.poll-period", "300");
    p.put("stepwise.retry.delay", "200");
    return p;
  }
}
