package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Attention items: raised once per rule while the condition holds (a PHQ-9 with item 9 above 0 is
 * URGENT by the time its request answers), resolved by themselves when it clears, acknowledged and
 * resolved by the case manager, and seen only by the client's case manager and admins.
 */
class AttentionIT {

  private final Fixtures f = new Fixtures();
  private final String rivera = f.token(DemoUser.CM_RIVERA);

  @Test
  void aPhq9WithItem9RaisesOneUrgentItemAtOnceThatClearsWithTheNextPhq9() {
    long client = f.client(Fixtures.unique("Attn"));
    phq9(client, "[1,1,0,0,0,0,0,0,1]");
    List<JsonObject> mine = itemsOf(client, rivera);
    assertEquals(1, mine.size(), "raised within the request that recorded the answer");
    assertEquals("SELF_HARM_THOUGHTS", mine.get(0).getString("rule"));
    assertEquals("URGENT", mine.get(0).getString("severity"));
    assertEquals("OPEN", mine.get(0).getString("status"));
    assertEquals("[\"SELF_HARM_THOUGHTS_REPORTED\"]", mine.get(0).getJsonArray("facts").toString());

    phq9(client, "[2,1,0,0,0,0,0,0,2]");
    assertEquals(1, itemsOf(client, rivera).size(), "no second item while one is open");

    phq9(client, "[1,1,0,0,0,0,0,0,0]");
    assertEquals(0, itemsOf(client, rivera).size(), "cleared by the next PHQ-9");
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM attention_item WHERE client_id = ? AND status = 'RESOLVED'"
                + " AND auto_resolved",
            client),
        "kept in the history as resolved by itself");
  }

  @Test
  void theCaseManagerAcknowledgesAndResolvesAnItemOnceAndOthersSeeNothingOfIt() {
    long client = f.client(Fixtures.unique("Attn"));
    phq9(client, "[0,0,0,0,0,0,0,0,1]");
    long item = itemsOf(client, rivera).get(0).getJsonNumber("id").longValue();
    String patel = f.token(DemoUser.CM_PATEL);
    String admin = f.token(DemoUser.ADMIN_OKAFOR);

    assertTrue(itemsOf(client, patel).isEmpty(), "another case manager's worklist");
    assertEquals(404, f.api.post(path(item) + "/acknowledgement", patel, "").status());
    assertEquals(1, itemsOf(client, admin).size());
    assertTrue(
        ids(expect(200, f.api.get("/api/v1/attention?caseManager=cm.patel", admin))).stream()
            .noneMatch(i -> i == item),
        "an admin's filter by case manager");

    JsonObject acknowledged =
        expect(200, f.api.post(path(item) + "/acknowledgement", rivera, "")).object();
    assertEquals("ACKNOWLEDGED", acknowledged.getString("status"));
    assertEquals("cm.rivera", acknowledged.getString("acknowledgedBy"));
    assertEquals(409, f.api.post(path(item) + "/acknowledgement", rivera, "").status());
    ValidationIT.assertProblem(
        f.api.post(path(item) + "/resolution", rivera, "{}"), 400, "outcome", "REQUIRED");

    JsonObject resolved =
        expect(
                200,
                f.api.post(
                    path(item) + "/resolution",
                    rivera,
                    "{\"outcome\":\"Called; safety plan reviewed, sees Dr. Ruiz tomorrow\"}"))
            .object();
    assertEquals("RESOLVED", resolved.getString("status"));
    assertFalse(resolved.getBoolean("autoResolved"));
    assertTrue(itemsOf(client, rivera).isEmpty(), "a resolved item leaves the worklist");
    assertEquals(
        409, f.api.post(path(item) + "/resolution", rivera, "{\"outcome\":\"again\"}").status());

    // the condition still holds, but a resolved item is not reopened by the same facts
    phq9(client, "[0,0,0,0,0,0,0,0,1]");
    assertEquals(
        1, itemsOf(client, rivera).size(), "a new answer still raising it opens a new item");
  }

  @Test
  void aLapseRaisesAnItemTheCorrectionClearsAndTheRunRaisesTimeBasedOnes() {
    long client = f.client(Fixtures.unique("Attn"));
    long lapse =
        expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/trigger-log",
                    rivera,
                    TriggerLogIT.entry(today(), "PLACES", "[]", 8, "LAPSE")))
            .object()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        List.of("USE_LOGGED"),
        itemsOf(client, rivera).stream().map(i -> i.getString("rule")).toList());
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/trigger-log",
            rivera,
            TriggerLogIT.entry(today(), "PLACES", "[]", 8, "NO_USE")
                .replace("}", ",\"correctsId\":" + lapse + ",\"correctionReason\":\"no use\"}")));
    assertTrue(itemsOf(client, rivera).isEmpty(), "the correction cleared it");

    // a meeting requirement and no meeting yet: the daily run raises it (the client is in early
    // recovery, so 3 days without one suffice)
    f.requireMeetings(client, 3);
    assertTrue(itemsOf(client, rivera).isEmpty());
    JsonObject run =
        expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), "")).object();
    assertTrue(run.getInt("clients") >= 1);
    assertEquals(
        List.of("NO_RECENT_ATTENDANCE"),
        itemsOf(client, rivera).stream().map(i -> i.getString("rule")).toList());
    expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), ""));
    assertEquals(1, itemsOf(client, rivera).size(), "a second run opens nothing new");
  }

  private void phq9(long client, String answers) {
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/measures",
            rivera,
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + today()
                + "\",\"answers\":"
                + answers
                + "}"));
  }

  private List<JsonObject> itemsOf(long client, String token) {
    return expect(200, f.api.get("/api/v1/attention", token))
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> i.getJsonNumber("clientId").longValue() == client)
        .toList();
  }

  private static List<Long> ids(ApiClient.Response r) {
    return r.array().getValuesAs(JsonObject.class).stream()
        .map(i -> i.getJsonNumber("id").longValue())
        .toList();
  }

  private static String path(long item) {
    return "/api/v1/attention/" + item;
  }
}
