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
        List.of(
            "attendedThisWeek",
            "clientId",
            "clientRef",
            "meetingsPerWeek",
            "moveIn",
            "name",
            "randomTestsLast30Days"),
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

  /**
   * Issue 12, item 3: a house manager's view of a resident's attendance is what their house
   * reported during the current stay: not what the case manager entered (group therapy, say), not
   * what came before the move-in. And an entry made by hand cannot take the id the house's feed
   * sends later.
   */
  @Test
  void aHouseManagerSeesOnlyWhatTheirHouseReportedDuringTheStay() {
    long client = f.client(Fixtures.unique("Minimum"));
    String ref = Fixtures.unique("MN-");
    expect(201, f.moveIn(client, data.mapleHouse, ref, Fixtures.today().minusDays(5)));
    String cm = f.token(DemoUser.CM_RIVERA);
    String jordan = f.token(DemoUser.HM_JORDAN);
    String path =
        "/api/v1/clients/" + client + "/attendance?from=" + Fixtures.today().minusDays(30);
    ZonedDateTime now = ZonedDateTime.now(Fixtures.ZONE);
    String therapy = manual("GROUP_THERAPY", now.minusHours(3), "therapy-1");
    String beforeMoveIn = manual("NA", now.minusDays(10), "early-1");
    expect(201, f.api.post("/api/v1/clients/" + client + "/attendance", cm, therapy));
    expect(201, f.api.post("/api/v1/clients/" + client + "/attendance", cm, beforeMoveIn));
    String sameIdAsTheFeed = Fixtures.unique("feed-");
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/attendance",
            jordan,
            manual("HOUSE_MEETING", now.minusHours(2), sameIdAsTheFeed)));
    JsonObject fromTheFeed =
        expect(
                200,
                f.api.post(
                    "/api/v1/attendance/batches",
                    f.platform.routesToken(),
                    Fixtures.batch(
                        "MAPLE",
                        jakarta.json.Json.createArrayBuilder()
                            .add(
                                Fixtures.row(
                                    ref,
                                    now.minusHours(1).toOffsetDateTime().toString(),
                                    sameIdAsTheFeed)))))
            .object();
    assertEquals(
        "ACCEPTED",
        fromTheFeed.getJsonArray("rows").getJsonObject(0).getString("result"),
        "the hand-made entry did not take the feed's id");

    List<String> all = sources(f.api.get(path, cm));
    assertEquals(4, all.size(), "the case manager sees every record: " + all);
    List<String> house = sources(f.api.get(path, jordan));
    assertEquals(List.of("MAPLE", "MAPLE"), house, "the house manager, what MAPLE reported");
  }

  /**
   * Issue 12, item 3: a house's intake report shows a case manager the rejected rows about their
   * own clients only; the house's manager and admins see every row.
   */
  @Test
  void aCaseManagerSeesTheRejectedRowsOfTheirOwnClientsOnly() {
    String report = "/api/v1/houses/" + data.mapleHouse + "/intake-reports/" + data.mapleReport;
    assertEquals(List.of(2L), rejectLines(f.api.get(report, f.token(DemoUser.CM_RIVERA))));
    assertEquals(List.of(3L), rejectLines(f.api.get(report, f.token(DemoUser.CM_PATEL))));
    assertEquals(List.of(2L, 3L, 4L), rejectLines(f.api.get(report, f.token(DemoUser.HM_JORDAN))));
    assertEquals(
        List.of(2L, 3L, 4L), rejectLines(f.api.get(report, f.token(DemoUser.ADMIN_OKAFOR))));
    JsonObject own =
        expect(200, f.api.get(report, f.token(DemoUser.CM_RIVERA)))
            .object()
            .getJsonArray("rejects")
            .getJsonObject(0);
    assertEquals(data.maple.clientId(), own.getJsonNumber("clientId").longValue());
    assertEquals(
        404,
        f.api
            .get(
                "/api/v1/houses/" + data.cedarHouse + "/intake-reports/" + data.cedarReport,
                f.token(DemoUser.CM_RIVERA))
            .status(),
        "no client of cm.rivera lives at CEDAR");
  }

  private static List<Long> rejectLines(ApiClient.Response r) {
    return expect(200, r).object().getJsonArray("rejects").getValuesAs(JsonObject.class).stream()
        .map(j -> j.getJsonNumber("line").longValue())
        .toList();
  }

  private static String manual(String type, ZonedDateTime at, String id) {
    return "{\"meetingType\":\""
        + type
        + "\",\"meetingName\":\"Meeting\",\"startedAt\":\""
        + at.withNano(0).toOffsetDateTime()
        + "\",\"status\":\"ATTENDED\",\"verification\":\"SELF_REPORTED\",\"sourceRecordId\":\""
        + id
        + "\"}";
  }

  private static List<String> sources(ApiClient.Response r) {
    return expect(200, r).array().getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("source"))
        .toList();
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
