package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 3: a back-dated transition, an unknown level code, a house over capacity, a malformed
 * date and an unknown field each get a problem+json error naming the field, and nothing is written.
 * Also the other error statuses: 404, 409, 412, 428.
 */
class ValidationIT {

  private final Fixtures f = new Fixtures();
  private final ApiClient api = f.api;

  @Test
  void aBackDatedTransitionIsRefusedAndNothingIsWritten() throws Exception {
    long client = f.client(Fixtures.unique("Back"));
    expect(201, f.recordTransition(client, Fixtures.transition("3.5", today().minusDays(20))));
    ApiClient.Response refused =
        f.recordTransition(client, Fixtures.transition("2.1", today().minusDays(30)));
    assertProblem(refused, 422, "effectiveDate", "BACK_DATED");
    assertEquals(1, f.count("SELECT count(*) FROM transition WHERE client_id = ?", client));

    assertProblem(
        f.recordTransition(client, Fixtures.transition("2.1", today().minusDays(20))),
        422,
        "effectiveDate",
        "OVERLAPPING");
    assertEquals(1, f.count("SELECT count(*) FROM transition WHERE client_id = ?", client));
  }

  @Test
  void anUnknownLevelCodeIsRefusedAndNothingIsWritten() throws Exception {
    long client = f.client(Fixtures.unique("Code"));
    assertProblem(
        f.recordTransition(client, Fixtures.transition("4.2", today())),
        400,
        "toLevel",
        "UNKNOWN_CODE");
    assertEquals(0, f.count("SELECT count(*) FROM transition WHERE client_id = ?", client));
    JsonObject record =
        expect(200, api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_RIVERA))).object();
    assertTrue(record.isNull("currentLevel"));
  }

  @Test
  void aHouseIsNeverOverCapacity() throws Exception {
    long house = f.house(Fixtures.unique("FULL"), 1);
    long first = f.client(Fixtures.unique("First"));
    long second = f.client(Fixtures.unique("Second"));
    expect(201, f.moveIn(first, house, "A-1", today()));
    assertProblem(f.moveIn(second, house, "A-2", today()), 422, "houseId", "HOUSE_FULL");
    assertEquals(0, f.count("SELECT count(*) FROM residency WHERE client_id = ?", second));
  }

  @Test
  void aHouseIsNeverMadeSmallerThanItsResidentsAndAStaleChangeIsRefused() throws Exception {
    long house = f.house(Fixtures.unique("SHRINK"), 3);
    expect(201, f.moveIn(f.client(Fixtures.unique("One")), house, "S-1", today()));
    expect(201, f.moveIn(f.client(Fixtures.unique("Two")), house, "S-2", today()));
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    String path = "/api/v1/houses/" + house;
    String body =
        "{\"name\":\"Smaller\",\"narrLevel\":2,\"capacity\":%d,\"reportingChannel\":\"SFTP\"}";
    // the version the admin's list shows
    String read =
        "\""
            + expect(200, api.get("/api/v1/houses", admin))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(h -> h.getJsonNumber("id").longValue() == house)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("version")
                .longValue()
            + "\"";
    assertProblem(
        api.send("PUT", path, admin, body.formatted(1), Map.of("If-Match", read)),
        422,
        "capacity",
        "BELOW_RESIDENTS");
    ApiClient.Response saved =
        expect(200, api.send("PUT", path, admin, body.formatted(2), Map.of("If-Match", read)));
    assertTrue(!read.equals(saved.header("ETag")), "a new version: " + saved.header("ETag"));
    assertEquals(2, f.count("SELECT capacity FROM house WHERE id = ?", house));
    // the version read before that change is stale now
    assertProblem(
        api.send("PUT", path, admin, body.formatted(5), Map.of("If-Match", read)),
        412,
        "If-Match",
        "STALE_VERSION");
    assertEquals(2, f.count("SELECT capacity FROM house WHERE id = ?", house));
  }

  @Test
  void aMalformedDateIsRefusedWithItsFieldAndNothingIsWritten() throws Exception {
    String family = Fixtures.unique("Date");
    String body = Fixtures.clientBody(family).add("dateOfBirth", "1990-02-30").build().toString();
    assertProblem(
        api.post("/api/v1/clients", f.token(DemoUser.CM_RIVERA), body),
        400,
        "dateOfBirth",
        "INVALID_DATE");
    assertEquals(0, f.count("SELECT count(*) FROM client WHERE family_name = ?", family));
  }

  @Test
  void anUnknownFieldIsRefusedWithItsNameAndNothingIsWritten() throws Exception {
    String family = Fixtures.unique("Field");
    String body = Fixtures.clientBody(family).add("ssn", "000-00-0000").build().toString();
    ApiClient.Response refused = api.post("/api/v1/clients", f.token(DemoUser.CM_RIVERA), body);
    assertProblem(refused, 400, "ssn", "UNKNOWN_FIELD");
    assertFalse(refused.body().contains("000-00-0000"), "the value is not echoed back");
    assertEquals(0, f.count("SELECT count(*) FROM client WHERE family_name = ?", family));
  }

  @Test
  void unknownIdsAre404DuplicatesAre409AndVersionsAreChecked() {
    String cm = f.token(DemoUser.CM_RIVERA);
    assertProblem(api.get("/api/v1/clients/987654321", cm), 404, "id", "NOT_FOUND");

    String code = Fixtures.unique("DUP");
    f.house(code, 2);
    String again =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "Again")
            .add("narrLevel", 1)
            .add("capacity", 2)
            .add("reportingChannel", "MANUAL")
            .build()
            .toString();
    assertProblem(
        api.post("/api/v1/houses", f.token(DemoUser.ADMIN_OKAFOR), again),
        409,
        "code",
        "HOUSE_CODE_TAKEN");

    long client = f.client(Fixtures.unique("Version"));
    String etag = f.etag(client);
    String change = Fixtures.clientBody("Renamed").build().toString();
    assertProblem(
        api.put("/api/v1/clients/" + client, cm, change, Map.of()),
        428,
        "If-Match",
        "VERSION_REQUIRED");
    ApiClient.Response changed =
        expect(200, api.put("/api/v1/clients/" + client, cm, change, Map.of("If-Match", etag)));
    assertFalse(etag.equals(changed.header("ETag")), "a change gives a new ETag");
    assertProblem(
        api.put("/api/v1/clients/" + client, cm, change, Map.of("If-Match", etag)),
        412,
        "If-Match",
        "STALE_VERSION");
  }

  @Test
  void abandoningAGoalNeedsAReason() {
    String cm = f.token(DemoUser.CM_RIVERA);
    long client = f.client(Fixtures.unique("Goal"));
    long goal =
        expect(
                201,
                api.post(
                    "/api/v1/clients/" + client + "/goals",
                    cm,
                    "{\"domain\":\"HOUSING\",\"statement\":\"Own lease\"}"))
            .object()
            .getJsonNumber("id")
            .longValue();
    String path = "/api/v1/clients/" + client + "/goals/" + goal + "/status";
    assertProblem(
        api.post(path, cm, "{\"status\":\"ABANDONED\"}"), 422, "reason", "REASON_REQUIRED");
    JsonObject abandoned =
        expect(200, api.post(path, cm, "{\"status\":\"ABANDONED\",\"reason\":\"Moved away\"}"))
            .object();
    assertEquals("ABANDONED", abandoned.getString("status"));
    assertProblem(api.post(path, cm, "{\"status\":\"IN_PROGRESS\"}"), 422, "status", "GOAL_CLOSED");
  }

  @Test
  void aListNamesTheParameterItCannotUse() {
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    assertProblem(api.get("/api/v1/clients?sort=AGE", admin), 400, "sort", "UNKNOWN_VALUE");
    assertProblem(api.get("/api/v1/clients?order=UP", admin), 400, "order", "UNKNOWN_VALUE");
    assertProblem(api.get("/api/v1/clients?flag=SAD", admin), 400, "flag", "UNKNOWN_VALUE");
    assertProblem(api.get("/api/v1/clients?level=9.9", admin), 400, "level", "UNKNOWN_CODE");
    assertProblem(api.get("/api/v1/clients?size=501", admin), 400, "size", "OUT_OF_RANGE");
    long house = f.demoHouse("MAPLE");
    assertProblem(
        api.get("/api/v1/houses/" + house + "/intake-reports?size=101", admin),
        400,
        "size",
        "OUT_OF_RANGE");
  }

  static void assertProblem(ApiClient.Response r, int status, String field, String code) {
    assertEquals(status, r.status(), r::body);
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonObject problem = r.object();
    assertEquals(status, problem.getInt("status"));
    assertTrue(
        problem.getJsonArray("errors").stream()
            .map(v -> v.asJsonObject())
            .anyMatch(e -> field.equals(e.getString("field")) && code.equals(e.getString("code"))),
        () -> "expected " + field + "/" + code + " in " + r.body());
    assertFalse(r.body().contains("Exception"), "no stack traces");
  }
}
