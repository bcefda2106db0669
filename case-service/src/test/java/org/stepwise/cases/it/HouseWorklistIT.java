package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * The house manager's worklist: residents below their meeting requirement this week with what is
 * left to go, and a reminder when a house reporting by hand has not reported for two days. Roster
 * lines only; another house's manager gets nothing.
 */
class HouseWorklistIT {

  private final Fixtures f = new Fixtures();
  private final String admin = f.token(DemoUser.ADMIN_OKAFOR);

  @Test
  void residentsBehindOnMeetingsAndALateReportOfAHouseReportingByHand() {
    String code = Fixtures.unique("WL").toUpperCase();
    long house = f.house(code, 10, "MANUAL");
    resident(house, "ON-1");
    long behind = resident(house, "BH-1");

    JsonObject fresh = worklist(house);
    assertTrue(fresh.getBoolean("reportOverdue"), "a house that never reported: " + fresh);
    assertEquals(2, fresh.getJsonArray("behindOnMeetings").size(), "nobody has met it yet");

    String now = ZonedDateTime.now(Fixtures.ZONE).minusMinutes(1).toOffsetDateTime().toString();
    expect(
        200,
        f.postBatch(
            Fixtures.batch(
                code,
                Json.createArrayBuilder()
                    .add(Fixtures.row("ON-1", now, Fixtures.unique("a")))
                    .add(Fixtures.row("ON-1", now, Fixtures.unique("b")))
                    .add(Fixtures.row("BH-1", now, Fixtures.unique("c"))))));
    JsonObject after = worklist(house);
    assertFalse(after.getBoolean("reportOverdue"), "reported a minute ago");
    List<JsonObject> lines = after.getJsonArray("behindOnMeetings").getValuesAs(JsonObject.class);
    assertEquals(1, lines.size(), "the resident who met the requirement is off the list");
    JsonObject line = lines.get(0);
    assertEquals(behind, line.getJsonNumber("clientId").longValue());
    assertEquals(1, line.getInt("attendedThisWeek"));
    assertEquals(1, line.getInt("remaining"));
    assertEquals(
        List.of(
            "attendedThisWeek", "clientId", "clientRef", "meetingsPerWeek", "name", "remaining"),
        line.keySet().stream().sorted().toList(),
        "a roster line, nothing clinical");

    f.count(
        "WITH moved AS (UPDATE attendance_record SET received_at = received_at - interval '3 days'"
            + " WHERE source_key = ? RETURNING 1) SELECT count(*) FROM moved",
        code);
    assertTrue(worklist(house).getBoolean("reportOverdue"), "the last report is 3 days old");

    assertEquals(
        404,
        f.api.get("/api/v1/houses/" + house + "/worklist", f.token(DemoUser.HM_JORDAN)).status(),
        "not hm.jordan's house");
    assertEquals(
        403,
        f.api.get("/api/v1/houses/" + house + "/worklist", f.token(DemoUser.CM_RIVERA)).status());
  }

  @Test
  void residentsInTheirFirst90DaysBehindOnTheHousesTestingRule() {
    String code = Fixtures.unique("TR").toUpperCase();
    long house = f.house(code, 10, "SFTP", 2);
    long tested = resident(house, "TT-1");
    long untested = resident(house, "TT-2");
    f.drugTest(code, tested, "TT-1", "NEGATIVE");
    f.drugTest(code, tested, "TT-1", "NEGATIVE");
    f.drugTest(code, untested, "TT-2", "MISSED");
    List<JsonObject> behind =
        worklist(house).getJsonArray("behindOnTests").getValuesAs(JsonObject.class);
    assertEquals(1, behind.size(), "two random tests meet the rule; a missed one is no test");
    assertEquals(untested, behind.get(0).getJsonNumber("clientId").longValue());
    assertEquals(2, behind.get(0).getInt("randomTestsPerMonth"));
    assertEquals(0, behind.get(0).getInt("taken"));
    ValidationIT.assertProblem(
        f.api.post(
            "/api/v1/houses",
            admin,
            "{\"code\":\"X"
                + code
                + "\",\"name\":\"X\",\"narrLevel\":2,\"capacity\":5,"
                + "\"reportingChannel\":\"SFTP\",\"randomTestsPerMonth\":40}"),
        400,
        "randomTestsPerMonth",
        "OUT_OF_RANGE");
  }

  private long resident(long house, String ref) {
    long client = f.client(Fixtures.unique("Worklist"));
    expect(201, f.moveIn(client, house, ref, today().minusDays(10)));
    f.requireMeetings(client, 2);
    return client;
  }

  private JsonObject worklist(long house) {
    return expect(200, f.api.get("/api/v1/houses/" + house + "/worklist", admin)).object();
  }
}
