package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/** Acceptance 4: the same batch posted twice stores each row once and says so per row. */
class AttendanceBatchIT {

  private final Fixtures f = new Fixtures();

  @Test
  void theSameBatchPostedTwiceStoresEachRowOnceAndSaysSoPerRow() throws Exception {
    String code = Fixtures.unique("B");
    long house = f.house(code, 5);
    long client = f.client(Fixtures.unique("Batch"));
    expect(201, f.moveIn(client, house, "R-7", today().minusDays(14)));
    String yesterday = ZonedDateTime.now(Fixtures.ZONE).minusDays(1).toOffsetDateTime().toString();
    String twoDaysAgo = ZonedDateTime.now(Fixtures.ZONE).minusDays(2).toOffsetDateTime().toString();
    JsonArrayBuilder rows =
        Json.createArrayBuilder()
            .add(Fixtures.row("R-7", yesterday, code + "-1"))
            .add(Fixtures.row("R-7", twoDaysAgo, code + "-2"))
            .add(Fixtures.row("R-7", yesterday, code + "-1"))
            .add(Fixtures.row("R-7", yesterday, code + "-3").add("meetingType", "POKER_NIGHT"))
            .add(Fixtures.row("R-404", yesterday, code + "-4"))
            .add(Fixtures.row("R-7", "2026-11-17T19:00:00", code + "-5"))
            .add(
                Fixtures.row(
                    "R-7",
                    ZonedDateTime.now(Fixtures.ZONE).plusDays(2).toOffsetDateTime().toString(),
                    code + "-6"));
    String batch = Fixtures.batch(code, rows);

    JsonObject first = expect(200, f.postBatch(batch)).object();
    assertEquals(
        List.of(
            "ACCEPTED", "ACCEPTED", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED", "REJECTED"),
        results(first));
    assertEquals("meetingType", first.getJsonArray("rows").getJsonObject(3).getString("field"));
    assertEquals(
        "UNKNOWN_MEETING_TYPE", first.getJsonArray("rows").getJsonObject(3).getString("code"));
    assertEquals("UNKNOWN_CLIENT", first.getJsonArray("rows").getJsonObject(4).getString("code"));
    assertEquals("MISSING_OFFSET", first.getJsonArray("rows").getJsonObject(5).getString("code"));
    assertEquals("FUTURE_TIMESTAMP", first.getJsonArray("rows").getJsonObject(6).getString("code"));
    assertEquals(2, first.getJsonObject("counts").getInt("accepted"));

    JsonObject second = expect(200, f.postBatch(batch)).object();
    assertEquals(
        List.of(
            "DUPLICATE", "DUPLICATE", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED", "REJECTED"),
        results(second));
    assertEquals(0, second.getJsonObject("counts").getInt("accepted"));

    assertEquals(2, storedFor(client));
    List<JsonObject> history =
        expect(
                200,
                f.api.get("/api/v1/clients/" + client + "/attendance", f.token(DemoUser.CM_RIVERA)))
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(2, history.size());
    assertEquals(code, history.get(0).getString("source"));
  }

  @Test
  void aBatchForAHouseTheCallerDoesNotManageIsRefusedWithoutStoringAnything() throws Exception {
    String code = Fixtures.unique("NOTMINE");
    long house = f.house(code, 2);
    long client = f.client(Fixtures.unique("Scope"));
    expect(201, f.moveIn(client, house, "R-1", today()));
    String batch =
        Fixtures.batch(
            code,
            Json.createArrayBuilder()
                .add(
                    Fixtures.row(
                        "R-1",
                        ZonedDateTime.now(Fixtures.ZONE)
                            .minusHours(1)
                            .toOffsetDateTime()
                            .toString(),
                        code + "-1")));
    ApiClient.Response refused =
        f.api.post("/api/v1/attendance/batches", f.token(DemoUser.HM_JORDAN), batch);
    assertEquals(404, refused.status(), refused::body);
    assertEquals(0, storedFor(client));
  }

  private static List<String> results(JsonObject answer) {
    return answer.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("result"))
        .toList();
  }

  private long storedFor(long client) {
    return f.count("SELECT count(*) FROM attendance_record WHERE client_id = ?", client);
  }
}
