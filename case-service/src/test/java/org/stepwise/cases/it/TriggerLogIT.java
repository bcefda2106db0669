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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * The trigger log is append-only with corrections; a lapse or relapse in force shows on the
 * caseload row and in the overview's 30-day pattern, and a correction takes it away.
 */
class TriggerLogIT {

  private final Fixtures f = new Fixtures();
  private final String cm = f.token(DemoUser.CM_RIVERA);

  @Test
  void aLoggedLapseFlagsTheCaseloadRowUntilACorrectionReplacesIt() throws Exception {
    String family = Fixtures.unique("Trigger");
    long client = f.client(family);
    expect(201, write(client, entry(today().minusDays(12), "PEOPLE", "[\"LONELY\"]", 3, "NO_USE")));
    expect(
        201,
        write(
            client, entry(today().minusDays(10), "PEOPLE", "[\"LONELY\",\"TIRED\"]", 4, "NO_USE")));
    long lapse =
        id(
            expect(
                201,
                write(client, entry(today().minusDays(2), "PLACES", "[\"TIRED\"]", 8, "LAPSE"))));
    assertTrue(
        f.caseloadFlags(family).contains("LAPSE_LOGGED"), "the caseload row shows the lapse");

    JsonObject pattern = overview(client).getJsonObject("triggerPattern");
    assertEquals(3, pattern.getInt("entries"));
    assertEquals(1, pattern.getInt("lapses"));
    JsonObject top = pattern.getJsonArray("haltStates").getJsonObject(0);
    assertEquals("LONELY", top.getString("code"));
    assertEquals(2, top.getInt("count"));
    assertTrue(Fixtures.flags(overview(client)).contains("LAPSE_LOGGED"));

    // it was a hard night, not a use: the correction replaces the entry
    String correction =
        entry(today().minusDays(2), "PLACES", "[\"TIRED\"]", 8, "NO_USE")
            .replace("}", ",\"correctsId\":" + lapse + ",\"correctionReason\":\"misheard\"}");
    JsonObject corrected = expect(201, write(client, correction)).object();
    assertEquals(lapse, corrected.getJsonNumber("correctsId").longValue());
    assertFalse(
        f.caseloadFlags(family).contains("LAPSE_LOGGED"), "the replaced lapse no longer counts");
    assertEquals(0, overview(client).getJsonObject("triggerPattern").getInt("lapses"));
    assertEquals(3, overview(client).getJsonObject("triggerPattern").getInt("entries"));

    // the log keeps both; the replaced entry cannot be corrected a second time
    assertEquals(4, expect(200, f.api.get(path(client), cm)).array().size());
    ValidationIT.assertProblem(write(client, correction), 422, "correctsId", "ALREADY_CORRECTED");

    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "UPDATE trigger_log_entry SET outcome = 'NO_USE' WHERE id = " + lapse));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM trigger_log_entry WHERE id = " + lapse));
    }
  }

  @Test
  void aBadEntryIsRefusedNamingTheFieldAndNothingIsStored() {
    long client = f.client(Fixtures.unique("Trigger"));
    ValidationIT.assertProblem(
        write(client, entry(today(), "PEOPLE", "[]", 11, "NO_USE")),
        400,
        "craving",
        "OUT_OF_RANGE");
    ValidationIT.assertProblem(
        write(client, entry(today(), "PEOPLE", "[\"BORED\"]", 2, "NO_USE")),
        400,
        "haltStates[0]",
        "UNKNOWN_VALUE");
    ValidationIT.assertProblem(
        write(client, entry(today(), "PEOPLE", "[]", 2, "USED")), 400, "outcome", "UNKNOWN_VALUE");
    ValidationIT.assertProblem(
        write(
            client,
            entry(today(), "PEOPLE", "[]", 2, "NO_USE").replace(",\"responseFromPlan\":true", "")),
        400,
        "responseFromPlan",
        "REQUIRED");
    ValidationIT.assertProblem(
        write(client, entry(today().plusDays(1), "PEOPLE", "[]", 2, "NO_USE")),
        422,
        "occurredOn",
        "FUTURE_DATE");
    ValidationIT.assertProblem(
        write(
            client, entry(today(), "PEOPLE", "[]", 2, "NO_USE").replace("}", ",\"correctsId\":1}")),
        400,
        "correctionReason",
        "REQUIRED");
    assertEquals(0, expect(200, f.api.get(path(client), cm)).array().size());
  }

  @Test
  void everyReadIsAudited() {
    long client = f.client(Fixtures.unique("Trigger"));
    long before = f.reads("cm.rivera", "trigger-log", client);
    f.api.get(path(client), cm);
    f.api.get(path(client) + "/pattern", cm);
    assertEquals(before + 2, f.reads("cm.rivera", "trigger-log", client));
  }

  static String entry(LocalDate on, String category, String halt, int craving, String outcome) {
    return ("{\"occurredOn\":\"%s\",\"category\":\"%s\",\"situation\":\"Walked past the old bar\","
            + "\"feelings\":\"restless\",\"haltStates\":%s,\"craving\":%d,"
            + "\"responseFromPlan\":true,\"response\":\"Called my sponsor\",\"outcome\":\"%s\"}")
        .formatted(on, category, halt, craving, outcome);
  }

  private ApiClient.Response write(long client, String body) {
    return f.api.post(path(client), cm, body);
  }

  private static String path(long client) {
    return "/api/v1/clients/" + client + "/trigger-log";
  }

  private JsonObject overview(long client) {
    return expect(200, f.api.get("/api/v1/clients/" + client + "/overview", cm)).object();
  }

  private static long id(ApiClient.Response r) {
    return r.object().getJsonNumber("id").longValue();
  }
}
