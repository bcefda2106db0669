package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * The relapse-prevention plan is versioned: every save a new version, each readable as it was
 * saved; a save against an older version is refused; a house manager sees the emergency contacts of
 * a current resident and nothing else of the plan.
 */
class RelapsePreventionPlanIT {

  private final Fixtures f = new Fixtures();
  private final String cm = f.token(DemoUser.CM_RIVERA);

  @Test
  void threeSavesAreThreeVersionsAndTheFirstStaysAsItWas() throws Exception {
    long client = f.client(Fixtures.unique("Plan"));
    String path = "/api/v1/clients/" + client + "/relapse-prevention-plan";
    ApiClient.Response none = expect(200, f.api.get(path, cm));
    assertEquals("\"0\"", none.header("ETag"));
    assertEquals(0, none.object().getJsonArray("triggers").size());

    save(path, "0", Fixtures.PLAN);
    save(path, "1", Fixtures.PLAN.replace("The bar on 5th", "Payday"));
    ApiClient.Response third = save(path, "2", Fixtures.PLAN.replace("Sam", "Dr. Ruiz"));
    assertEquals("\"3\"", third.header("ETag"));

    List<JsonObject> versions =
        expect(200, f.api.get(path + "/versions", cm)).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(1, 2, 3), versions.stream().map(v -> v.getInt("version")).toList());
    assertTrue(versions.stream().allMatch(v -> v.getString("savedBy").equals("cm.rivera")));

    JsonObject first = expect(200, f.api.get(path + "/versions/1", cm)).object();
    assertEquals(
        "The bar on 5th", first.getJsonArray("triggers").getJsonObject(0).getString("description"));
    assertEquals("Sam", first.getJsonArray("emergencyContacts").getJsonObject(0).getString("name"));
    JsonObject current = expect(200, f.api.get(path, cm)).object();
    assertEquals(3, current.getInt("version"));
    assertEquals(
        "The bar on 5th",
        current.getJsonArray("triggers").getJsonObject(0).getString("description"));
    JsonObject second = expect(200, f.api.get(path + "/versions/2", cm)).object();
    assertEquals(
        "Payday", second.getJsonArray("triggers").getJsonObject(0).getString("description"));
    assertEquals(
        "Dr. Ruiz", current.getJsonArray("emergencyContacts").getJsonObject(0).getString("name"));
    assertEquals(404, f.api.get(path + "/versions/4", cm).status());

    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "UPDATE relapse_prevention_plan SET content = '{}' WHERE client_id = " + client));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM relapse_prevention_plan WHERE client_id = " + client));
    }
  }

  @Test
  void aSaveAgainstAnOlderVersionOrWithoutOneIsRefused() {
    long client = f.client(Fixtures.unique("Plan"));
    String path = "/api/v1/clients/" + client + "/relapse-prevention-plan";
    save(path, "0", Fixtures.PLAN);
    save(path, "1", Fixtures.PLAN);
    // someone who read version 1 saves after the second save
    ValidationIT.assertProblem(put(path, "1", Fixtures.PLAN), 412, "If-Match", "STALE_VERSION");
    assertEquals(428, f.api.send("PUT", path, cm, Fixtures.PLAN, Map.of()).status());
    assertEquals(
        2, expect(200, f.api.get(path + "/versions", cm)).array().size(), "nothing stored");
  }

  @Test
  void aBadPlanIsRefusedNamingTheEntry() {
    long client = f.client(Fixtures.unique("Plan"));
    String path = "/api/v1/clients/" + client + "/relapse-prevention-plan";
    ValidationIT.assertProblem(
        put(path, "0", Fixtures.PLAN.replace("PLACES", "BOREDOM")),
        400,
        "triggers[0].category",
        "UNKNOWN_VALUE");
    ValidationIT.assertProblem(
        put(path, "0", Fixtures.PLAN.replace("+1 555 0100", "call me")),
        400,
        "emergencyContacts[0].phone",
        "INVALID_PHONE");
    ValidationIT.assertProblem(
        put(path, "0", Fixtures.PLAN.replace("\"Call my sponsor\"", "\" \"")),
        400,
        "copingSteps[0]",
        "REQUIRED");
    ValidationIT.assertProblem(
        put(path, "0", Fixtures.PLAN.replace("\"warningSigns\"", "\"warnings\"")),
        400,
        "warnings",
        "UNKNOWN_FIELD");
    assertEquals(0, expect(200, f.api.get(path + "/versions", cm)).array().size());
  }

  @Test
  void aHouseManagerSeesTheEmergencyContactsOfACurrentResidentOnly() {
    long house = f.demoHouse("MAPLE");
    long client = f.client(Fixtures.unique("Plan"));
    String path = "/api/v1/clients/" + client + "/relapse-prevention-plan";
    save(path, "0", Fixtures.PLAN);
    String manager = f.token(DemoUser.HM_JORDAN);
    // not a resident yet: nothing
    assertEquals(404, f.api.get(path + "/emergency-contacts", manager).status());

    long stay =
        expect(201, f.moveIn(client, house, Fixtures.unique("R"), today().minusDays(3)))
            .object()
            .getJsonNumber("id")
            .longValue();
    ApiClient.Response contacts = expect(200, f.api.get(path + "/emergency-contacts", manager));
    JsonObject sponsor = contacts.object().getJsonArray("emergencyContacts").getJsonObject(0);
    assertEquals("+1 555 0100", sponsor.getString("phone"));
    assertEquals("Any craving above 5", sponsor.getString("whenToCall"));
    assertFalse(contacts.body().contains("The bar on 5th"), "a trigger reached the house");
    assertFalse(contacts.body().contains("My daughter"), "a reason reached the house");
    assertEquals(404, f.api.get(path, manager).status());
    assertEquals(404, f.api.get(path + "/versions/1", manager).status());

    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + client + "/residencies/" + stay + "/move-out",
            cm,
            "{\"moveOut\":\"" + today() + "\",\"reason\":\"moved home\"}"));
    assertEquals(404, f.api.get(path + "/emergency-contacts", manager).status());
  }

  @Test
  void everyReadOfThePlanIsAudited() {
    long client = f.client(Fixtures.unique("Plan"));
    String path = "/api/v1/clients/" + client + "/relapse-prevention-plan";
    save(path, "0", Fixtures.PLAN);
    long before = f.reads("cm.rivera", "relapse-prevention-plan", client);
    f.api.get(path, cm);
    f.api.get(path + "/versions", cm);
    f.api.get(path + "/versions/1", cm);
    assertEquals(before + 3, f.reads("cm.rivera", "relapse-prevention-plan", client));
  }

  private ApiClient.Response save(String path, String version, String body) {
    return expect(200, put(path, version, body));
  }

  private ApiClient.Response put(String path, String version, String body) {
    return f.api.send("PUT", path, cm, body, Map.of("If-Match", "\"" + version + "\""));
  }
}
