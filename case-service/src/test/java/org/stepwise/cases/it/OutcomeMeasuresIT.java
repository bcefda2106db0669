package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Outcome measures are scored by the server, refused item by item when an answer set is wrong, kept
 * as administered, and trended on the overview.
 */
class OutcomeMeasuresIT {

  private final Fixtures f = new Fixtures();
  private final String cm = f.token(DemoUser.CM_RIVERA);

  @Test
  void aPhq9IsScoredBandedAndFlaggedAndTheOverviewShowsTheChange() throws Exception {
    String family = Fixtures.unique("Measure");
    long client = f.client(family);
    record(client, "PHQ_9", today().minusDays(28), "[2,2,2,2,2,2,2,1,0]");
    JsonObject second =
        expect(201, record(client, "PHQ_9", today().minusDays(1), "[1,1,1,1,1,1,1,0,1]")).object();
    assertEquals(8, second.getInt("score"));
    assertEquals("MILD", second.getString("band"));
    assertEquals(List.of("SELF_HARM_THOUGHTS"), strings(second, "flags"));
    assertEquals("cm.rivera", second.getString("administeredBy"));
    assertTrue(
        f.caseloadFlags(family).contains("SELF_HARM_THOUGHTS_REPORTED"),
        "item 9 above 0 flags the caseload row");
    expect(201, record(client, "BARC_10", today(), "[5,5,4,6,5,4,5,5,4,4]"));

    List<JsonObject> all =
        expect(200, f.api.get("/api/v1/clients/" + client + "/measures", cm))
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("BARC_10", "PHQ_9", "PHQ_9"),
        all.stream().map(m -> m.getString("instrument")).toList(),
        "newest first");
    assertEquals(47, all.get(0).getInt("score"));
    assertEquals("AT_OR_ABOVE_REMISSION_CUTOFF", all.get(0).getString("band"));

    JsonObject overview =
        expect(200, f.api.get("/api/v1/clients/" + client + "/overview", cm)).object();
    List<JsonObject> trends = overview.getJsonArray("measures").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("BARC_10", "PHQ_9"), trends.stream().map(t -> t.getString("instrument")).toList());
    JsonObject phq = trends.get(1);
    assertEquals(8, phq.getInt("latest"));
    assertEquals(15, phq.getInt("previous"));
    assertEquals(-7, phq.getInt("change"));
    assertEquals(2, phq.getInt("administrations"));

    // a later PHQ-9 without it clears the flag
    expect(201, record(client, "PHQ_9", today(), "[1,1,1,1,1,1,1,0,0]"));
    assertFalse(f.caseloadFlags(family).contains("SELF_HARM_THOUGHTS_REPORTED"));

    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate("UPDATE outcome_measure SET total = 0 WHERE client_id = " + client));
    }
  }

  @Test
  void aWrongAnswerSetIsRefusedNamingTheItemAndNothingIsStored() {
    long client = f.client(Fixtures.unique("Measure"));
    ValidationIT.assertProblem(
        record(client, "GAD_7", today(), "[0,1,2,3,0,1]"), 400, "answers", "WRONG_ITEM_COUNT");
    ValidationIT.assertProblem(
        record(client, "PHQ_9", today(), "[0,0,0,0,0,0,0,0,4]"), 400, "answers[8]", "OUT_OF_RANGE");
    ValidationIT.assertProblem(
        record(client, "BARC_10", today(), "[1,1,0,1,1,1,1,1,1,1]"),
        400,
        "answers[2]",
        "OUT_OF_RANGE");
    ValidationIT.assertProblem(
        record(client, "PHQ_9", today(), "[0,0,\"a\",0,0,0,0,0,0]"),
        400,
        "answers[2]",
        "WRONG_TYPE");
    ValidationIT.assertProblem(
        record(client, "PHQ_10", today(), "[0]"), 400, "instrument", "UNKNOWN_VALUE");
    ValidationIT.assertProblem(
        record(client, "GAD_7", today().plusDays(1), "[0,0,0,0,0,0,0]"),
        422,
        "administeredOn",
        "FUTURE_DATE");
    assertEquals(
        0, expect(200, f.api.get("/api/v1/clients/" + client + "/measures", cm)).array().size());
  }

  @Test
  void everyReadIsAudited() {
    long client = f.client(Fixtures.unique("Measure"));
    long before = f.reads("cm.rivera", "measure", client);
    f.api.get("/api/v1/clients/" + client + "/measures", cm);
    assertEquals(before + 1, f.reads("cm.rivera", "measure", client));
  }

  private ApiClient.Response record(
      long client, String instrument, java.time.LocalDate on, String answers) {
    return f.api.post(
        "/api/v1/clients/" + client + "/measures",
        cm,
        "{\"instrument\":\"%s\",\"administeredOn\":\"%s\",\"answers\":%s}"
            .formatted(instrument, on, answers));
  }

  private static List<String> strings(JsonObject o, String field) {
    return o.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
