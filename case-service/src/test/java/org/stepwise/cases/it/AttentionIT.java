package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
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
        Set.of("NO_RECENT_ATTENDANCE", "BELOW_REQUIREMENT_TWO_WEEKS"), Set.copyOf(rulesOf(client)));
    expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), ""));
    assertEquals(2, itemsOf(client, rivera).size(), "a second run opens nothing new");
  }

  @Test
  void belowTheRequirementTwoWeeksRunningClearsWhenLastWeekMetIt() {
    long client = f.client(Fixtures.unique("Attn"));
    f.requireMeetings(client, 2);
    LocalDate lastMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    lastMonday = lastMonday.minusWeeks(1);
    attended(client, lastMonday.plusDays(1));
    expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), ""));
    assertTrue(rulesOf(client).contains("BELOW_REQUIREMENT_TWO_WEEKS"), "1 of 2, and 0 before");

    attended(client, lastMonday.plusDays(3));
    assertFalse(
        rulesOf(client).contains("BELOW_REQUIREMENT_TWO_WEEKS"),
        "last week's second meeting, recorded late, clears it in its request");
  }

  /**
   * The routes' side: an urgent item makes one URGENT notification at once, the other items one
   * digest per case manager and day; each is claimed under a lease, claimed again only once the
   * lease ran out, and shown on the item once reported sent. Nothing of the client is in it.
   */
  @Test
  void anUrgentItemIsToldOfOnceAndTheOthersInOneDigestADay() {
    long client = f.client(Fixtures.unique("Attn"));
    phq9(client, "[0,0,0,0,0,0,0,0,1]");
    f.requireMeetings(client, 3);
    expect(200, f.api.post("/api/v1/attention-runs", f.platform.routesToken(), ""));
    long urgentItem = itemId(client, "SELF_HARM_THOUGHTS");
    long otherItem = itemId(client, "NO_RECENT_ATTENDANCE");

    List<JsonObject> claimed = claimAll(null, 300);
    long urgent = notificationOf(urgentItem, "URGENT");
    JsonObject notice = byId(claimed, urgent);
    assertEquals("URGENT", notice.getString("kind"));
    assertEquals(DemoUser.CM_RIVERA.subject(), notice.getString("recipient"));
    assertEquals(1, notice.getInt("urgent"));
    assertEquals(
        Set.of("attempts", "digestDay", "id", "kind", "lease", "others", "recipient", "urgent"),
        notice.keySet(),
        "counts and a recipient, nothing of the client");
    assertEquals(0, notificationsOf(otherItem), "no digest before its hour");
    assertTrue(
        claimAll(null, 300).stream().noneMatch(n -> id(n) == urgent),
        "leased: not handed out again");

    // a digest day of its own, so that other tests' digests of today do not stand in its way
    LocalDate day = LocalDate.of(2200, 1, 1).plusDays(System.nanoTime() % 20_000);
    List<JsonObject> digests = claimAll(day, 2);
    long digest = notificationOf(otherItem, "DIGEST");
    JsonObject d = byId(digests, digest);
    assertEquals(day.toString(), d.getString("digestDay"));
    assertTrue(d.getInt("others") >= 2, "no attendance and below the requirement: " + d);
    assertTrue(d.getInt("urgent") >= 1, "the urgent item not resolved is counted too");
    assertEquals(1, notificationsOf(urgentItem), "an urgent item is not in a digest");

    // the digest's report was lost: once its lease ran out it is handed out again, not made again
    Fixtures.pause(2_500);
    JsonObject again = byId(claimAll(day, 300), digest);
    assertTrue(again.getInt("attempts") > d.getInt("attempts"), "claimed again: " + again);
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM notification WHERE kind = 'DIGEST' AND digest_day = ?"
                + " AND recipient_subject = ?",
            java.sql.Date.valueOf(day),
            DemoUser.CM_RIVERA.subject()),
        "one digest per case manager and day");

    String routes = f.platform.routesToken();
    assertTrue(
        expect(200, f.api.post("/api/v1/notifications/" + urgent + "/sent", routes, ""))
            .object()
            .getBoolean("changed"));
    assertFalse(
        expect(200, f.api.post("/api/v1/notifications/" + urgent + "/sent", routes, ""))
            .object()
            .getBoolean("changed"),
        "reported twice: the same");
    assertEquals(404, f.api.post("/api/v1/notifications/0/sent", routes, "").status());
    JsonObject history =
        expect(200, f.api.get("/api/v1/clients/" + client + "/attention", rivera))
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> id(i) == urgentItem)
            .findFirst()
            .orElseThrow();
    JsonObject told = history.getJsonArray("notices").getJsonObject(0);
    assertEquals("URGENT", told.getString("kind"));
    assertFalse(told.isNull("sentAt"), "sent, in the item's history: " + history);
  }

  /** Claims as the routes do until nothing more is handed out. */
  private List<JsonObject> claimAll(LocalDate digestDay, int leaseSeconds) {
    List<JsonObject> all = new java.util.ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    String body =
        "{\"limit\":100,\"leaseSeconds\":"
            + leaseSeconds
            + (digestDay == null ? "" : ",\"digestDay\":\"" + digestDay + "\"")
            + "}";
    for (int round = 0; round < 50; round++) {
      List<JsonObject> some =
          expect(200, f.api.post("/api/v1/notification-claims", f.platform.routesToken(), body))
              .array()
              .getValuesAs(JsonObject.class);
      all.addAll(some);
      if (!some.stream().map(AttentionIT::id).map(seen::add).toList().contains(true)) {
        break; // nothing new (a short lease may hand the same ones out again)
      }
    }
    return all;
  }

  private long notificationOf(long item, String kind) {
    return f.count(
        "SELECT notification_id FROM notification_item WHERE item_id = ? AND kind = ?", item, kind);
  }

  private long notificationsOf(long item) {
    return f.count("SELECT count(*) FROM notification_item WHERE item_id = ?", item);
  }

  private static JsonObject byId(List<JsonObject> notifications, long id) {
    return notifications.stream()
        .filter(n -> id(n) == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("notification " + id + " not claimed"));
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private long itemId(long client, String rule) {
    return itemsOf(client, rivera).stream()
        .filter(i -> i.getString("rule").equals(rule))
        .mapToLong(AttentionIT::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open " + rule + " item"));
  }

  private List<String> rulesOf(long client) {
    return itemsOf(client, rivera).stream().map(i -> i.getString("rule")).toList();
  }

  private void attended(long client, LocalDate day) {
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/attendance",
            rivera,
            "{\"meetingType\":\"NA\",\"meetingName\":\"Group\",\"startedAt\":\""
                + day.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC)
                + "\",\"status\":\"ATTENDED\",\"verification\":\"SIGNED_SLIP\"}"));
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
    return f.worklistOf(client, token);
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
