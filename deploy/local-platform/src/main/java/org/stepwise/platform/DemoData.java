package org.stepwise.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A small made-up data set (no real people) loaded through the REST API when the database has no
 * houses yet: two houses, five clients at different levels, goals and four weeks of attendance.
 */
public final class DemoData {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private final ApiClient api;
  private final Tokens tokens;

  public DemoData(ApiClient api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  /**
   * Loads the demo data unless there are houses already; says whether it loaded. Riverside Clinic
   * receives its summaries at {@code clinicEndpoint}.
   */
  public boolean loadIfEmpty(String clinicEndpoint) {
    String admin = tokens.accessToken(DemoUser.ADMIN_OKAFOR);
    if (!expect(api.get("/api/v1/houses", admin), 200).body().equals("[]")) {
      return false;
    }
    LocalDate today = LocalDate.now(ZONE);
    long maple = house(admin, "MAPLE", "Maple House", 8, "FILE_DROP", 2);
    long cedar = house(admin, "CEDAR", "Cedar Recovery Residence", 6, "HTTP_FEED", 3);
    String rivera = tokens.accessToken(DemoUser.CM_RIVERA);
    String patel = tokens.accessToken(DemoUser.CM_PATEL);

    long alex = client(rivera, "Alex", "Moreno", "1991-04-12", today.minusDays(80));
    levels(rivera, alex, today, Map.of(80, "3.5", 52, "2.5", 31, "2.1"));
    resident(rivera, alex, maple, "R-1001", today.minusDays(31));
    meetings(rivera, alex, 3);
    plan(rivera, alex, "1.0", today.plusDays(5), "3 meetings a week for 8 weeks and employed");
    goal(rivera, alex, "EMPLOYMENT", "Full-time job in the trades", today.plusDays(40));
    goal(rivera, alex, "HOUSING", "Own lease after sober living", today.plusDays(120));

    long taylor = client(rivera, "Taylor", "Brooks", "1987-09-30", today.minusDays(140));
    levels(rivera, taylor, today, Map.of(140, "3.7", 110, "3.1", 70, "2.1", 20, "1.0"));
    resident(rivera, taylor, maple, "R-1002", today.minusDays(70));
    meetings(rivera, taylor, 3);
    plan(rivera, taylor, "RS", today.minusDays(3), "Stable employment and a sponsor");
    goal(
        rivera,
        taylor,
        "EMPLOYMENT",
        "Keep the warehouse job through probation",
        today.minusDays(10));

    long sam = client(rivera, "Sam", "Whitaker", "1999-01-05", today.minusDays(45));
    levels(rivera, sam, today, Map.of(45, "3.5", 12, "2.5"));
    resident(rivera, sam, maple, "R-1003", today.minusDays(12));
    meetings(rivera, sam, 4);
    goal(rivera, sam, "RECOVERY", "Find a home group and a sponsor", today.plusDays(30));

    long morgan = client(rivera, "Morgan", "Ellis", "1983-06-21", today.minusDays(200));
    levels(rivera, morgan, today, Map.of(200, "3.5", 150, "2.1", 90, "1.0", 40, "RS"));
    resident(rivera, morgan, cedar, "C-77", today.minusDays(40));
    meetings(rivera, morgan, 3);
    goal(rivera, morgan, "HOUSING", "Move into own apartment", today.plusDays(20));

    long casey = client(patel, "Casey", "Nguyen", "1995-12-02", today.minusDays(60));
    levels(patel, casey, today, Map.of(60, "3.5", 25, "2.1"));
    resident(patel, casey, cedar, "C-78", today.minusDays(25));
    meetings(patel, casey, 3);

    // consents as case managers record them: different sections, one to dr.chen only, one
    // revoked (its summaries are WITHHELD), Sam has none yet
    clinic(admin, clinicEndpoint);
    consent(rivera, alex, null, today, "LEVEL_OF_CARE", "ATTENDANCE", "GOALS");
    consent(rivera, taylor, "dr.chen", today, "ATTENDANCE");
    long revoked = consent(rivera, morgan, null, today, "ATTENDANCE", "GOALS");
    expect(
        api.post(
            "/api/v1/clients/" + morgan + "/consents/" + revoked + "/revocation",
            rivera,
            "{\"reason\":\"Client asked to stop sharing with the clinic\"}"),
        200);
    consent(patel, casey, null, today, "LEVEL_OF_CARE", "ATTENDANCE", "GOALS", "NARRATIVE");

    attendance(admin, "MAPLE", today, Map.of("R-1001", 3, "R-1002", 2, "R-1003", 4));
    attendance(admin, "CEDAR", today, Map.of("C-77", 3, "C-78", 1));
    return true;
  }

  private void clinic(String admin, String endpoint) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("code", "RIVERSIDE")
            .add("name", "Riverside Clinic")
            .add("npi", "1234567893")
            .add("channel", "FHIR")
            .add("endpoint", endpoint)
            .add("auth", "NONE")
            .add("cadence", "WEEKLY")
            .build();
    long clinic = id(expect(api.post("/api/v1/clinics", admin, body.toString()), 201));
    expect(
        api.post(
            "/api/v1/clinics/" + clinic + "/clinicians",
            admin,
            "{\"username\":\"dr.chen\",\"name\":\"Dr. Wei Chen\",\"npi\":\"1245319599\"}"),
        201);
  }

  private long consent(
      String token, long client, String clinician, LocalDate today, String... sections) {
    var recipient = Json.createObjectBuilder().add("clinic", "RIVERSIDE");
    if (clinician != null) {
      recipient.add("clinician", clinician);
    }
    var list = Json.createArrayBuilder();
    for (String section : sections) {
      list.add(section);
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("recipient", recipient)
            .add("purpose", "Coordination of aftercare with the referring clinic")
            .add("sections", list)
            .add("effectiveFrom", today.minusDays(20).toString())
            .add(
                "expiry",
                Json.createObjectBuilder()
                    .add("date", today.plusDays(345).toString())
                    .add("event", "END_OF_TREATMENT"))
            .add(
                "signature",
                Json.createObjectBuilder()
                    .add("signedBy", "The client")
                    .add("signedOn", today.minusDays(20).toString())
                    .add("method", "WET_INK"))
            .add("revocationRightExplained", true)
            .build();
    return id(
        expect(api.post("/api/v1/clients/" + client + "/consents", token, body.toString()), 201));
  }

  private long house(
      String token, String code, String name, int capacity, String channel, int narr) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", name)
            .add("narrLevel", narr)
            .add("capacity", capacity)
            .add("reportingChannel", channel)
            .add(
                "address",
                Json.createObjectBuilder()
                    .add("street", "100 Example Street")
                    .add("city", "Springfield")
                    .add("state", "OH")
                    .add("postalCode", "45501"))
            .build();
    return id(expect(api.post("/api/v1/houses", token, body.toString()), 201));
  }

  private long client(String token, String given, String family, String born, LocalDate recovery) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("givenName", given)
            .add("familyName", family)
            .add("dateOfBirth", born)
            .add("recoveryStartDate", recovery.toString())
            .add(
                "referral",
                Json.createObjectBuilder().add("clinic", "RIVERSIDE").add("clinician", "dr.chen"))
            .build();
    return id(expect(api.post("/api/v1/clients", token, body.toString()), 201));
  }

  /** Timeline entries, by days ago to level code, oldest first. */
  private void levels(
      String token, long client, LocalDate today, Map<Integer, String> daysAgoToLevel) {
    daysAgoToLevel.entrySet().stream()
        .sorted(Map.Entry.<Integer, String>comparingByKey().reversed())
        .forEach(
            e -> {
              JsonObject body =
                  Json.createObjectBuilder()
                      .add("toLevel", e.getValue())
                      .add("effectiveDate", today.minusDays(e.getKey()).toString())
                      .add("reason", "Clinical review")
                      .add(
                          "dimensions",
                          Json.createObjectBuilder()
                              .add("intoxication", 1)
                              .add("biomedical", 1)
                              .add("emotional", 2)
                              .add("readiness", 2)
                              .add("relapse", 2)
                              .add("environment", 2))
                      .add("decidedBy", "Dr. Wei Chen")
                      .add("program", "Riverside Clinic")
                      .build();
              expect(
                  api.post("/api/v1/clients/" + client + "/transitions", token, body.toString()),
                  201);
            });
  }

  private void resident(String token, long client, long house, String ref, LocalDate moveIn) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("houseId", house)
            .add("clientRef", ref)
            .add("moveIn", moveIn.toString())
            .build();
    expect(api.post("/api/v1/clients/" + client + "/residencies", token, body.toString()), 201);
  }

  private void meetings(String token, long client, int perWeek) {
    String etag = expect(api.get("/api/v1/clients/" + client, token), 200).header("ETag");
    JsonObject body = Json.createObjectBuilder().add("perWeek", perWeek).build();
    expect(
        api.put(
            "/api/v1/clients/" + client + "/meeting-requirement",
            token,
            body.toString(),
            Map.of("If-Match", etag)),
        200);
  }

  private void plan(String token, long client, String level, LocalDate target, String criteria) {
    String etag = expect(api.get("/api/v1/clients/" + client, token), 200).header("ETag");
    JsonObject body =
        Json.createObjectBuilder()
            .add("targetLevel", level)
            .add("targetDate", target.toString())
            .add("criteria", criteria)
            .build();
    ApiClient.Response response =
        api.put(
            "/api/v1/clients/" + client + "/step-down-plan",
            token,
            body.toString(),
            Map.of("If-Match", etag));
    // a target in the past is refused by the API; the demo shows an overdue plan only when allowed
    if (response.status() != 200 && response.status() != 422) {
      expect(response, 200);
    }
  }

  private void goal(String token, long client, String domain, String statement, LocalDate target) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("domain", domain)
            .add("statement", statement)
            .add("targetDate", target.toString())
            .build();
    expect(api.post("/api/v1/clients/" + client + "/goals", token, body.toString()), 201);
  }

  /** The last weeks' meetings up to now: {@code perWeek} attended per resident each week. */
  private void attendance(
      String token, String house, LocalDate today, Map<String, Integer> perWeek) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    LocalDate monday = today.with(DayOfWeek.MONDAY).minusWeeks(4);
    ZonedDateTime now = ZonedDateTime.now(ZONE);
    int n = 0;
    for (var resident : perWeek.entrySet()) {
      for (int week = 0; week <= 4; week++) {
        for (int i = 0; i < resident.getValue(); i++) {
          ZonedDateTime start =
              monday.plusWeeks(week).plusDays(i * 2L).atTime(LocalTime.of(19, 0)).atZone(ZONE);
          if (start.isAfter(now)) {
            continue;
          }
          records.add(
              Json.createObjectBuilder()
                  .add("clientRef", resident.getKey())
                  .add("meetingType", i == 0 ? "HOUSE_MEETING" : "NA")
                  .add("meetingName", i == 0 ? "Weekly House Meeting" : "Tuesday Night Hope Group")
                  .add("startedAt", start.toOffsetDateTime().toString())
                  .add("status", "ATTENDED")
                  .add("verification", "HOUSE_MANAGER_ATTESTED")
                  .add("reportedBy", "demo")
                  .add("sourceRecordId", house + "-DEMO-" + (++n)));
        }
      }
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("houseCode", house)
            .add("channel", "MANUAL")
            .add("records", records)
            .build();
    expect(api.post("/api/v1/attendance/batches", token, body.toString()), 200);
  }

  private static long id(ApiClient.Response response) {
    return response.object().getJsonNumber("id").longValue();
  }

  private static ApiClient.Response expect(ApiClient.Response response, int status) {
    if (response.status() != status) {
      throw new IllegalStateException(
          "loading demo data: expected "
              + status
              + " but got "
              + response.status()
              + ": "
              + response.body());
    }
    return response;
  }
}
