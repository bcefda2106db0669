package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/** Houses and residents in case-service for the routes' tests, made through its REST API. */
final class IntakeFixtures {

  static final ZoneId ZONE = ZoneId.of("America/New_York");

  private IntakeFixtures() {}

  static long ensureMaple(RoutesTestPlatform platform) {
    return ensureHouse(platform, "MAPLE", "SFTP");
  }

  static long ensureHouse(RoutesTestPlatform platform, String code, String channel) {
    String admin = platform.token(DemoUser.ADMIN_OKAFOR);
    for (JsonObject house :
        platform.api.get("/api/v1/houses", admin).array().getValuesAs(JsonObject.class)) {
      if (code.equals(house.getString("code"))) {
        return house.getJsonNumber("id").longValue();
      }
    }
    ApiClient.Response created =
        platform.api.post(
            "/api/v1/houses",
            admin,
            "{\"code\":\""
                + code
                + "\",\"name\":\"House "
                + code
                + "\",\"narrLevel\":2,\"capacity\":200,\"reportingChannel\":\""
                + channel
                + "\"}");
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  /** A client on cm.rivera's caseload living in {@code house} under the house's {@code ref}. */
  static long resident(RoutesTestPlatform platform, long house, String ref, String run) {
    String cm = platform.token(DemoUser.CM_RIVERA);
    ApiClient.Response created =
        platform.api.post(
            "/api/v1/clients",
            cm,
            "{\"givenName\":\"Intake\",\"familyName\":\"Resident"
                + run
                + "\",\"dateOfBirth\":\"1990-01-01\",\"recoveryStartDate\":\""
                + LocalDate.now(ZONE).minusDays(400)
                + "\"}");
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();
    ApiClient.Response moved =
        platform.api.post(
            "/api/v1/clients/" + id + "/residencies",
            cm,
            Json.createObjectBuilder()
                .add("houseId", house)
                .add("clientRef", ref)
                .add("moveIn", LocalDate.now(ZONE).minusDays(400).toString())
                .build()
                .toString());
    assertEquals(201, moved.status(), moved.body());
    return id;
  }

  static long attendanceOf(RoutesTestPlatform platform, long client) {
    return platform
        .api
        .get(
            "/api/v1/clients/" + client + "/attendance?from=" + LocalDate.now(ZONE).minusDays(365),
            platform.token(DemoUser.ADMIN_OKAFOR))
        .array()
        .size();
  }

  static void await(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting: " + what);
      }
      Thread.sleep(200);
    }
  }
}
