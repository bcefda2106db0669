package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 2: with a cm.rivera token a case manager creates a client, records a residential to
 * intensive-outpatient step-down, adds an employment goal and attendance, and reads an overview
 * with the right flags; no token gets 401 and a house manager's token 403.
 */
class ClientJourneyIT {

  private final Fixtures f = new Fixtures();
  private final ApiClient api = f.api;

  @Test
  void caseManagerRecordsAStepDownAndReadsTheOverviewWithItsFlags() {
    String cm = f.token(DemoUser.CM_RIVERA);
    String houseCode = Fixtures.unique("J");
    long house = f.house(houseCode, 4);

    ApiClient.Response created =
        expect(
            201,
            api.post("/api/v1/clients", cm, Fixtures.clientBody("Journey").build().toString()));
    long client = created.object().getJsonNumber("id").longValue();
    assertEquals(
        "/api/v1/clients/" + client, java.net.URI.create(created.header("Location")).getPath());
    assertEquals(
        "cm.rivera", created.object().getString("caseManager"), "registered onto own caseload");
    assertNotNull(created.header("ETag"));

    JsonObject admission =
        expect(201, f.recordTransition(client, Fixtures.transition("3.5", today().minusDays(40))))
            .object();
    assertEquals("ADMISSION", admission.getString("direction"));
    JsonObject stepDown =
        expect(201, f.recordTransition(client, Fixtures.transition("2.1", today().minusDays(10))))
            .object();
    assertEquals("STEP_DOWN", stepDown.getString("direction"), "residential to IOP steps down");
    assertEquals("3.5", stepDown.getJsonObject("fromLevel").getString("code"));

    expect(201, f.moveIn(client, house, "R-1", today().minusDays(10)));
    f.requireMeetings(client, 3);
    expect(
        200,
        api.put(
            "/api/v1/clients/" + client + "/step-down-plan",
            cm,
            Json.createObjectBuilder()
                .add("targetLevel", "1.0")
                .add("targetDate", today().plusDays(3).toString())
                .add("criteria", "3 meetings a week for 8 weeks and employed")
                .build()
                .toString(),
            java.util.Map.of("If-Match", f.etag(client))));
    expect(
        201,
        api.post(
            "/api/v1/clients/" + client + "/goals",
            cm,
            Json.createObjectBuilder()
                .add("domain", "EMPLOYMENT")
                .add("statement", "Full-time job in the trades")
                .add("targetDate", today().minusDays(1).toString())
                .build()
                .toString()));

    // two meetings on Tuesday and Wednesday of last week, one a minute ago
    LocalDate lastMonday =
        today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    List<OffsetDateTime> meetings =
        List.of(
            lastMonday.plusDays(1).atTime(19, 0).atZone(Fixtures.ZONE).toOffsetDateTime(),
            lastMonday.plusDays(2).atTime(19, 0).atZone(Fixtures.ZONE).toOffsetDateTime(),
            ZonedDateTime.now(Fixtures.ZONE).minusMinutes(1).toOffsetDateTime());
    for (OffsetDateTime started : meetings) {
      expect(
          201,
          api.post(
              "/api/v1/clients/" + client + "/attendance",
              cm,
              Json.createObjectBuilder()
                  .add("meetingType", "NA")
                  .add("meetingName", "Tuesday Night Hope Group")
                  .add("startedAt", started.toString())
                  .add("status", "ATTENDED")
                  .add("verification", "SIGNED_SLIP")
                  .build()
                  .toString()));
    }
    Instant thisMonday =
        today()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(Fixtures.ZONE)
            .toInstant();
    long attendedLastWeek =
        meetings.stream().filter(m -> m.toInstant().isBefore(thisMonday)).count();

    JsonObject overview =
        expect(200, api.get("/api/v1/clients/" + client + "/overview", cm)).object();
    assertEquals("2.1", overview.getString("currentLevel"));
    assertEquals(10, overview.getInt("daysAtCurrentLevel"));
    assertEquals(60, overview.getInt("daysSinceRecoveryStart"));
    assertEquals(4, overview.getJsonArray("attendanceByWeek").size());
    JsonObject lastWeek = overview.getJsonArray("attendanceByWeek").getJsonObject(3);
    assertEquals(lastMonday.toString(), lastWeek.getString("weekStart"));
    assertEquals(attendedLastWeek, lastWeek.getInt("attended"));
    assertEquals(1, overview.getJsonObject("goalsByStatus").getInt("PLANNED"));
    assertEquals("1.0", overview.getJsonObject("stepDownPlan").getString("targetLevel"));

    Set<String> flags = Fixtures.flags(overview);
    assertTrue(flags.contains("STEP_DOWN_DUE"), "target in 3 days: " + flags);
    assertTrue(flags.contains("GOAL_PAST_TARGET"), "goal due yesterday: " + flags);
    assertEquals(
        attendedLastWeek < 3,
        flags.contains("BELOW_MEETING_REQUIREMENT_LAST_WEEK"),
        flags::toString);
    assertFalse(flags.contains("NO_ATTENDANCE_7_DAYS"), "attended a minute ago: " + flags);
    assertFalse(flags.contains("STEP_DOWN_OVERDUE"));

    // the caseload list shows the same flags on the client's row
    JsonObject page = expect(200, api.get("/api/v1/clients?house=" + houseCode, cm)).object();
    assertEquals(1, page.getInt("total"));
    JsonObject row = page.getJsonArray("rows").getJsonObject(0);
    assertEquals(client, row.getJsonNumber("clientId").longValue());
    assertEquals(flags, Fixtures.flags(row));
  }

  @Test
  void withoutATokenTheApiAnswers401AndAHouseManagerGets403OnCaseManagerEndpoints() {
    long client = f.client(Fixtures.unique("Auth"));
    ApiClient.Response anonymous = api.get("/api/v1/clients/" + client + "/overview", null);
    assertEquals(401, anonymous.status());
    assertFalse(anonymous.body().contains("Auth"), "no data in a 401");

    // case-manager operations: 403 for a house manager
    String houseManager = f.token(DemoUser.HM_JORDAN);
    ApiClient.Response caseload = api.get("/api/v1/clients", houseManager);
    assertEquals(403, caseload.status());
    assertTrue(caseload.contentType().startsWith("application/problem+json"));
    ApiClient.Response create =
        api.post("/api/v1/clients", houseManager, Fixtures.clientBody("Nope").build().toString());
    assertEquals(403, create.status());
    // a chart is a record: the house manager gets the same 404 as for a client that does not exist
    assertEquals(404, api.get("/api/v1/clients/" + client + "/overview", houseManager).status());
  }

  static long days(LocalDate from) {
    return ChronoUnit.DAYS.between(from, today());
  }
}
