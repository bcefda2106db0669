package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Aftercare appointments: adherence over a seeded series, the missed-appointment flags on the
 * caseload row and the overview, re-recorded outcomes kept in the history.
 */
class AppointmentsIT {

  private final Fixtures f = new Fixtures();
  private final String cm = f.token(DemoUser.CM_RIVERA);

  @Test
  void adherenceAndTheMissedAppointmentFlagsFollowWhatWasRecorded() {
    String family = Fixtures.unique("Appt");
    long client = f.client(family);
    long therapy = series(client, "THERAPY", 1, today().minusWeeks(6), false);
    long psychiatry = series(client, "PSYCHIATRY", 2, today().minusWeeks(6), true);
    for (int weeksAgo = 5; weeksAgo >= 3; weeksAgo--) {
      record(client, therapy, today().minusWeeks(weeksAgo), "KEPT");
    }
    record(client, therapy, today().minusWeeks(2), "MISSED");
    assertFalse(
        f.caseloadFlags(family).contains("TWO_MISSED_THERAPY_SESSIONS"), "one miss is not two");
    record(client, therapy, today().minusWeeks(1), "MISSED");
    assertTrue(f.caseloadFlags(family).contains("TWO_MISSED_THERAPY_SESSIONS"));

    record(client, psychiatry, today().minusWeeks(4), "KEPT");
    record(client, psychiatry, today().minusWeeks(2), "MISSED");
    Set<String> flags = f.caseloadFlags(family);
    assertTrue(flags.contains("MISSED_PSYCHIATRIC_CHECK_IN"), flags::toString);
    assertEquals(flags, Fixtures.flags(overview(client)), "the overview shows the row's flags");

    JsonObject standing =
        expect(200, f.api.get("/api/v1/clients/" + client + "/appointments", cm)).object();
    JsonObject therapy4 =
        standing.getJsonArray("series").getJsonObject(0).getJsonObject("last4Weeks");
    assertEquals(1, therapy4.getInt("kept"));
    assertEquals(2, therapy4.getInt("missed"));
    assertEquals(0.333, therapy4.getJsonNumber("rate").doubleValue());
    JsonObject overall12 = standing.getJsonObject("last12Weeks");
    assertEquals(4, overall12.getInt("kept"));
    assertEquals(3, overall12.getInt("missed"));
    assertEquals(
        today().minusWeeks(6).plusWeeks(26).toString(),
        standing.getJsonArray("series").getJsonObject(0).getString("minimumMetOn"));

    // the client came after all: recorded again, the flag clears and the history keeps both
    record(client, therapy, today().minusWeeks(1), "KEPT");
    assertFalse(f.caseloadFlags(family).contains("TWO_MISSED_THERAPY_SESSIONS"));
    assertEquals(
        2,
        f.count(
            "SELECT count(*) FROM occurrence_history WHERE series_id = ? AND scheduled_on = ?",
            therapy,
            java.sql.Date.valueOf(today().minusWeeks(1))));
  }

  @Test
  void aBadSeriesOrOutcomeIsRefusedNamingTheField() {
    long client = f.client(Fixtures.unique("Appt"));
    long therapy = series(client, "THERAPY", 1, today().minusWeeks(2), false);
    ValidationIT.assertProblem(
        post(client, therapy, today().plusWeeks(1), "KEPT"), 422, "outcome", "FUTURE_DATE");
    expect(200, post(client, therapy, today().plusWeeks(1), "CANCELLED_BY_PROVIDER"));
    ValidationIT.assertProblem(
        post(client, therapy, today().minusWeeks(3), "KEPT"), 422, "scheduledOn", "OUTSIDE_SERIES");
    ValidationIT.assertProblem(
        post(client, therapy, today(), "SKIPPED"), 400, "outcome", "UNKNOWN_VALUE");
    ValidationIT.assertProblem(
        seriesPost(
            client,
            "{\"kind\":\"THERAPY\",\"provider\":\"x\",\"every\":1,\"unit\":\"WEEKS\",\"startsOn\":\""
                + today()
                + "\",\"medicationManagement\":true}"),
        422,
        "medicationManagement",
        "NOT_PSYCHIATRY");
    ValidationIT.assertProblem(
        seriesPost(
            client,
            "{\"kind\":\"THERAPY\",\"provider\":\"x\",\"every\":0,\"unit\":\"MONTHS\",\"startsOn\":\""
                + today()
                + "\"}"),
        400,
        "unit",
        "UNKNOWN_VALUE");
    assertEquals(404, post(client, therapy + 100_000, today(), "KEPT").status());
  }

  @Test
  void everyReadIsAudited() {
    long client = f.client(Fixtures.unique("Appt"));
    long before = f.reads("cm.rivera", "appointment", client);
    f.api.get("/api/v1/clients/" + client + "/appointments", cm);
    assertEquals(before + 1, f.reads("cm.rivera", "appointment", client));
  }

  private long series(long client, String kind, int everyWeeks, LocalDate start, boolean meds) {
    return expect(
            201,
            seriesPost(
                client,
                "{\"kind\":\"%s\",\"provider\":\"Dr. Ruiz\",\"every\":%d,\"unit\":\"WEEKS\",\"startsOn\":\"%s\",\"minimumWeeks\":26,\"medicationManagement\":%s}"
                    .formatted(kind, everyWeeks, start, meds)))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  private ApiClient.Response seriesPost(long client, String body) {
    return f.api.post("/api/v1/clients/" + client + "/appointments", cm, body);
  }

  private void record(long client, long series, LocalDate on, String outcome) {
    expect(200, post(client, series, on, outcome));
  }

  private ApiClient.Response post(long client, long series, LocalDate on, String outcome) {
    return f.api.post(
        "/api/v1/clients/" + client + "/appointments/" + series + "/occurrences",
        cm,
        "{\"scheduledOn\":\"%s\",\"outcome\":\"%s\"}".formatted(on, outcome));
  }

  private JsonObject overview(long client) {
    return expect(200, f.api.get("/api/v1/clients/" + client + "/overview", cm)).object();
  }
}
