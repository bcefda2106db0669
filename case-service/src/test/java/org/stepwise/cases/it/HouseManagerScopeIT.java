package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 3 of the least-privilege issue: hm.jordan reads the MAPLE roster and enters attendance
 * for a MAPLE resident; gets 404 for a CEDAR resident and for any clinical endpoint of a MAPLE
 * resident; each denial is in the audit log. A resident who moved out drops off the view.
 */
class HouseManagerScopeIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;

  @Test
  void aHouseManagerSeesTheirRosterAndNothingClinical() {
    String jordan = f.token(DemoUser.HM_JORDAN);
    JsonObject roster =
        expect(200, f.api.get("/api/v1/houses/" + data.mapleHouse + "/roster", jordan)).object();
    assertEquals("MAPLE", roster.getString("houseCode"));
    JsonObject entry =
        roster.getJsonArray("residents").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("clientId").longValue() == data.maple.clientId())
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("attendedThisWeek", "clientId", "clientRef", "meetingsPerWeek", "moveIn", "name"),
        entry.keySet().stream().sorted().toList(),
        "a roster line, not a chart");

    String started = ZonedDateTime.now(Fixtures.ZONE).minusHours(2).toOffsetDateTime().toString();
    String attendance =
        "{\"meetingType\":\"HOUSE_MEETING\",\"meetingName\":\"Weekly House Meeting\",\"startedAt\":\""
            + started
            + "\",\"status\":\"ATTENDED\",\"verification\":\"HOUSE_MANAGER_ATTESTED\"}";
    JsonObject recorded =
        expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + data.maple.clientId() + "/attendance", jordan, attendance))
            .object();
    assertEquals("MAPLE", recorded.getString("source"));

    long cedar = data.cedar.clientId();
    long denialsBefore = denials(cedar);
    assertEquals(
        404, f.api.post("/api/v1/clients/" + cedar + "/attendance", jordan, attendance).status());
    assertEquals(404, f.api.get("/api/v1/clients/" + cedar + "/attendance", jordan).status());
    assertEquals(404, f.api.get("/api/v1/houses/" + data.cedarHouse + "/roster", jordan).status());
    assertEquals(denialsBefore + 2, denials(cedar), "each denial on the CEDAR resident is audited");

    long maple = data.maple.clientId();
    long mapleDenials = denials(maple);
    List<String> clinical =
        List.of(
            "/clients/" + maple,
            "/clients/" + maple + "/overview",
            "/clients/" + maple + "/transitions",
            "/clients/" + maple + "/goals",
            "/clients/" + maple + "/notes",
            "/clients/" + maple + "/residencies");
    // what the chart holds, as its case manager sees it: none of it may reach the house manager
    String chart =
        expect(200, f.api.get("/api/v1/clients/" + maple, f.token(DemoUser.CM_RIVERA))).body();
    String familyName =
        jakarta.json.Json.createReader(new java.io.StringReader(chart))
            .readObject()
            .getString("familyName");
    assertTrue(chart.contains(familyName) && chart.contains("1990-02-03"), chart);
    for (String path : clinical) {
      ApiClient.Response r = f.api.get("/api/v1" + path, jordan);
      assertEquals(404, r.status(), path);
      assertFalse(r.body().contains(familyName), "the name in " + path + ": " + r.body());
      assertFalse(r.body().contains("1990-02-03"), "the birth date in " + path + ": " + r.body());
    }
    assertEquals(mapleDenials + clinical.size(), denials(maple), "each clinical denial is audited");
  }

  @Test
  void aResidentWhoMovedOutDropsOffTheHouseManagersView() {
    long client = f.client(Fixtures.unique("Moved"));
    String ref = Fixtures.unique("MO-");
    long stay =
        expect(201, f.moveIn(client, data.mapleHouse, ref, Fixtures.today().minusDays(5)))
            .object()
            .getJsonNumber("id")
            .longValue();
    String jordan = f.token(DemoUser.HM_JORDAN);
    assertTrue(rosterHas(jordan, client));
    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + client + "/residencies/" + stay + "/move-out",
            f.token(DemoUser.CM_RIVERA),
            "{\"moveOut\":\"" + Fixtures.today() + "\",\"reason\":\"Completed the program\"}"));
    assertFalse(rosterHas(jordan, client));
    assertEquals(404, f.api.get("/api/v1/clients/" + client + "/attendance", jordan).status());
  }

  private boolean rosterHas(String token, long client) {
    return expect(200, f.api.get("/api/v1/houses/" + data.mapleHouse + "/roster", token))
        .object()
        .getJsonArray("residents")
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(r -> r.getJsonNumber("clientId").longValue() == client);
  }

  private long denials(long client) {
    return f.count(
        "SELECT count(*) FROM audit_event WHERE client_id = ? AND outcome = 'DENIED'"
            + " AND username = 'hm.jordan'",
        client);
  }
}
