package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/** Builds test data through the REST API, each test with its own houses and clients. */
public final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  final TestPlatform platform = TestPlatform.get();
  final ApiClient api = platform.api();

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** A relapse-prevention plan with one entry in every section. */
  static final String PLAN =
      "{\"triggers\":[{\"category\":\"PLACES\",\"description\":\"The bar on 5th\","
          + "\"plannedResponse\":\"Take the other street\"}],"
          + "\"warningSigns\":[\"Skipping meetings\"],\"copingSteps\":[\"Call my sponsor\"],"
          + "\"reasonsForRecovery\":[\"My daughter\"],"
          + "\"emergencyContacts\":[{\"role\":\"SPONSOR\",\"name\":\"Sam\","
          + "\"phone\":\"+1 555 0100\",\"whenToCall\":\"Any craving above 5\"}]}";

  static String unique(String prefix) {
    return prefix + RUN + SEQ.incrementAndGet();
  }

  String token(DemoUser user) {
    return platform.token(user);
  }

  static ApiClient.Response expect(int status, ApiClient.Response response) {
    assertEquals(status, response.status(), () -> "unexpected answer: " + response.body());
    return response;
  }

  long house(String code, int capacity) {
    return house(code, capacity, "SFTP");
  }

  long house(String code, int capacity, String reportingChannel) {
    return house(code, capacity, reportingChannel, null);
  }

  /** A house with a testing rule: {@code randomTestsPerMonth} in a resident's first 90 days. */
  long house(String code, int capacity, String reportingChannel, Integer randomTestsPerMonth) {
    JsonObjectBuilder builder =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "House " + code)
            .add("narrLevel", 2)
            .add("capacity", capacity)
            .add("reportingChannel", reportingChannel);
    if (randomTestsPerMonth != null) {
      builder.add("randomTestsPerMonth", randomTestsPerMonth);
    }
    JsonObject body = builder.build();
    return expect(201, api.post("/api/v1/houses", token(DemoUser.ADMIN_OKAFOR), body.toString()))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * The id of a house the demo tokens name (MAPLE for hm.jordan, CEDAR for hm.alvarez), stored on
   * first use.
   */
  long demoHouse(String code) {
    String admin = token(DemoUser.ADMIN_OKAFOR);
    for (JsonObject house :
        expect(200, api.get("/api/v1/houses", admin)).array().getValuesAs(JsonObject.class)) {
      if (code.equals(house.getString("code"))) {
        return house.getJsonNumber("id").longValue();
      }
    }
    return house(code, 200);
  }

  static JsonObjectBuilder clientBody(String family) {
    return Json.createObjectBuilder()
        .add("givenName", "Test")
        .add("familyName", family)
        .add("dateOfBirth", "1990-02-03")
        .add("recoveryStartDate", today().minusDays(60).toString());
  }

  /** A client on cm.rivera's caseload. */
  long client(String family) {
    return expect(
            201,
            api.post(
                "/api/v1/clients",
                token(DemoUser.CM_RIVERA),
                clientBody(family).build().toString()))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  static JsonObjectBuilder transition(String toLevel, LocalDate effective) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("effectiveDate", effective.toString())
            .add("reason", "Clinical review")
            .add(
                "dimensions",
                Json.createObjectBuilder()
                    .add("intoxication", 0)
                    .add("biomedical", 1)
                    .add("emotional", 2)
                    .add("readiness", 1)
                    .add("relapse", 2)
                    .add("environment", 1))
            .add("decidedBy", "Dr. Test")
            .add("program", "Test Program");
    return toLevel == null ? b.add("discharge", true) : b.add("toLevel", toLevel);
  }

  ApiClient.Response recordTransition(long client, JsonObjectBuilder body) {
    return api.post(
        "/api/v1/clients/" + client + "/transitions",
        token(DemoUser.CM_RIVERA),
        body.build().toString());
  }

  ApiClient.Response moveIn(long client, long house, String ref, LocalDate on) {
    return moveIn(DemoUser.CM_RIVERA, client, house, ref, on);
  }

  /** A move-in recorded by {@code who} (the client's case manager, or an admin). */
  ApiClient.Response moveIn(DemoUser who, long client, long house, String ref, LocalDate on) {
    return api.post(
        "/api/v1/clients/" + client + "/residencies",
        token(who),
        Json.createObjectBuilder()
            .add("houseId", house)
            .add("clientRef", ref)
            .add("moveIn", on.toString())
            .build()
            .toString());
  }

  String etag(long client) {
    return expect(200, api.get("/api/v1/clients/" + client, token(DemoUser.CM_RIVERA)))
        .header("ETag");
  }

  void requireMeetings(long client, int perWeek) {
    expect(
        200,
        api.put(
            "/api/v1/clients/" + client + "/meeting-requirement",
            token(DemoUser.CM_RIVERA),
            Json.createObjectBuilder().add("perWeek", perWeek).build().toString(),
            Map.of("If-Match", etag(client))));
  }

  static JsonObjectBuilder row(String ref, String startedAt, String sourceRecordId) {
    return Json.createObjectBuilder()
        .add("clientRef", ref)
        .add("meetingType", "NA")
        .add("meetingName", "Tuesday Night Hope Group")
        .add("startedAt", startedAt)
        .add("status", "ATTENDED")
        .add("verification", "SIGNED_SLIP")
        .add("reportedBy", "hm.test")
        .add("sourceRecordId", sourceRecordId);
  }

  /** A drug test as a house records it: a urine panel for opiates and buprenorphine. */
  static JsonObjectBuilder drugTest(
      String ref, String collectedAt, String result, String sourceRecordId) {
    JsonArrayBuilder positive = Json.createArrayBuilder();
    if (result.equals("POSITIVE")) {
      positive.add("BUPRENORPHINE");
    }
    JsonArrayBuilder tested = Json.createArrayBuilder();
    if (!result.equals("REFUSED") && !result.equals("MISSED") && !result.equals("INVALID")) {
      tested.add("OPIATES").add("BUPRENORPHINE");
    }
    return Json.createObjectBuilder()
        .add("clientRef", ref)
        .add("collectedAt", collectedAt)
        .add("method", "URINE")
        .add("reason", "RANDOM")
        .add("result", result)
        .add("substancesTested", tested)
        .add("substancesPositive", positive)
        .add("labConfirmed", false)
        .add("collectedBy", "hm.test")
        .add("sourceRecordId", sourceRecordId);
  }

  /** A house's batch of drug tests, as the routes send it. */
  static String toxicologyBatch(String houseCode, JsonArrayBuilder rows) {
    return Json.createObjectBuilder()
        .add("houseCode", houseCode)
        .add("channel", "SFTP")
        .add("records", rows)
        .build()
        .toString();
  }

  /** A test the house recorded for its resident an hour ago (as the admin); its id. */
  long drugTest(String houseCode, long client, String ref, String result) {
    String id = unique("T-");
    String at = java.time.ZonedDateTime.now(ZONE).minusHours(1).toOffsetDateTime().toString();
    JsonObject answer =
        expect(
                200,
                api.post(
                    "/api/v1/toxicology/batches",
                    token(DemoUser.ADMIN_OKAFOR),
                    toxicologyBatch(
                        houseCode, Json.createArrayBuilder().add(drugTest(ref, at, result, id)))))
            .object();
    if (!"ACCEPTED".equals(answer.getJsonArray("rows").getJsonObject(0).getString("result"))) {
      throw new AssertionError("the test was not stored: " + answer);
    }
    return expect(
            200, api.get("/api/v1/clients/" + client + "/toxicology", token(DemoUser.ADMIN_OKAFOR)))
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("sourceRecordId").equals(id))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static String batch(String houseCode, JsonArrayBuilder rows) {
    return Json.createObjectBuilder()
        .add("houseCode", houseCode)
        .add("channel", "SFTP")
        .add("records", rows)
        .build()
        .toString();
  }

  /** A count straight from the database, to show what the API did or did not write. */
  /** The flags of a client's row as a JSON answer carries them (overview or caseload row). */
  static Set<String> flags(JsonObject o) {
    return o.getJsonArray("flags").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }

  /** The flags of the one client on cm.rivera's caseload whose name contains {@code name}. */
  Set<String> caseloadFlags(String name) {
    JsonObject page =
        expect(200, api.get("/api/v1/clients?name=" + name, token(DemoUser.CM_RIVERA))).object();
    assertEquals(1, page.getInt("total"), "clients named " + name);
    return flags(page.getJsonArray("rows").getJsonObject(0));
  }

  /** How many reads of {@code recordType} on the client's chart {@code username} has made. */
  long reads(String username, String recordType, long client) {
    return count(
        "SELECT count(*) FROM audit_event WHERE username = ? AND action = 'READ'"
            + " AND record_type = ? AND client_id = ?",
        username,
        recordType,
        client);
  }

  /** The client's items on the caller's worklist (not resolved), in the worklist's order. */
  java.util.List<JsonObject> worklistOf(long client, String token) {
    return expect(200, api.get("/api/v1/attention", token))
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> i.getJsonNumber("clientId").longValue() == client)
        .toList();
  }

  long count(String sql, Object... params) {
    try (java.sql.Connection c = platform.database();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  ApiClient.Response postBatch(String body) {
    return api.post("/api/v1/attendance/batches", token(DemoUser.ADMIN_OKAFOR), body);
  }

  /** The clinic with this code (created on first use, FHIR channel, weekly), and its id. */
  long clinic(String code, String... clinicians) {
    String admin = token(DemoUser.ADMIN_OKAFOR);
    for (JsonObject c :
        expect(200, api.get("/api/v1/clinics", admin)).array().getValuesAs(JsonObject.class)) {
      if (code.equals(c.getString("code"))) {
        return c.getJsonNumber("id").longValue();
      }
    }
    long id =
        expect(
                201,
                api.post(
                    "/api/v1/clinics",
                    admin,
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("name", "Clinic " + code)
                        .add("channel", "FHIR")
                        .add("endpoint", "http://localhost:1/fhir")
                        .add("auth", "NONE")
                        .add("cadence", "WEEKLY")
                        .build()
                        .toString()))
            .object()
            .getJsonNumber("id")
            .longValue();
    for (String username : clinicians) {
      expect(
          201,
          api.post(
              "/api/v1/clinics/" + id + "/clinicians",
              admin,
              Json.createObjectBuilder()
                  .add("username", username)
                  .add("name", "Clinician " + username)
                  .build()
                  .toString()));
    }
    return id;
  }

  /** A client on the case manager's caseload, referred to the clinic (and clinician). */
  long referredClient(DemoUser caseManager, String clinic, String clinician) {
    JsonObjectBuilder referral = Json.createObjectBuilder().add("clinic", clinic);
    if (clinician != null) {
      referral.add("clinician", clinician);
    }
    return expect(
            201,
            api.post(
                "/api/v1/clients",
                token(caseManager),
                clientBody(unique("Referred")).add("referral", referral).build().toString()))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /** A consent body: the given sections, to the clinic (and clinician), expiring as given. */
  static JsonObjectBuilder consentBody(
      String clinic, String clinician, LocalDate expires, String... sections) {
    JsonObjectBuilder recipient = Json.createObjectBuilder().add("clinic", clinic);
    if (clinician != null) {
      recipient.add("clinician", clinician);
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String s : sections) {
      list.add(s);
    }
    return Json.createObjectBuilder()
        .add("recipient", recipient)
        .add("purpose", "Coordination of aftercare with the referring clinic")
        .add("sections", list)
        .add("effectiveFrom", today().minusDays(30).toString())
        .add("expiry", Json.createObjectBuilder().add("date", expires.toString()))
        .add(
            "signature",
            Json.createObjectBuilder()
                .add("signedBy", "The client")
                .add("signedOn", today().minusDays(30).toString())
                .add("method", "WET_INK"))
        .add("revocationRightExplained", true);
  }

  long consent(DemoUser caseManager, long client, JsonObjectBuilder body) {
    return expect(
            201,
            api.post(
                "/api/v1/clients/" + client + "/consents",
                token(caseManager),
                body.build().toString()))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /** A client referred to RIVERSIDE with an active consent to it for these sections. */
  record Consented(long client, long consent) {}

  Consented consentedClient(String... sections) {
    long client = referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    long consent =
        consent(
            DemoUser.CM_RIVERA,
            client,
            consentBody("RIVERSIDE", null, today().plusDays(60), sections));
    return new Consented(client, consent);
  }

  /** A summary made now for the client's referring clinic. */
  JsonObject summary(DemoUser caseManager, long client) {
    return expect(
            201, api.post("/api/v1/clients/" + client + "/summaries", token(caseManager), "{}"))
        .object();
  }

  /**
   * Claims due deliveries as the routes do until this summary is among them, and returns the lease
   * its report must name (other summaries claimed on the way stay leased, as with a real poller).
   */
  String claim(long summary) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      var due =
          expect(200, api.get("/api/v1/deliveries/due?limit=100", platform.routesToken())).array();
      for (JsonObject d : due.getValuesAs(JsonObject.class)) {
        if (d.getJsonNumber("summaryId").longValue() == summary) {
          return d.getString("lease");
        }
      }
      if (due.isEmpty()) {
        pause(200); // its next attempt is not due yet
      }
    }
    throw new AssertionError("summary " + summary + " was not handed out for delivery");
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The routes' report of one attempt, naming the lease. */
  ApiClient.Response report(long summary, String lease, String outcome, Integer httpStatus) {
    var body = jakarta.json.Json.createObjectBuilder().add("lease", lease).add("outcome", outcome);
    if (httpStatus != null) {
      body.add("httpStatus", httpStatus).add("detail", "clinic answered " + httpStatus);
    }
    return api.post(
        "/api/v1/deliveries/" + summary + "/outcome",
        platform.routesToken(),
        body.build().toString());
  }

  /** Claimed and delivered, as the routes would do it. */
  JsonObject delivered(long summary) {
    return expect(200, report(summary, claim(summary), "DELIVERED", 201)).object();
  }

  /** Takes everything due, as the routes would, and returns the summary ids handed out. */
  java.util.List<Long> drainDue() {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (int round = 0; round < 20; round++) {
      var due =
          expect(200, api.get("/api/v1/deliveries/due?limit=100", platform.routesToken())).array();
      if (due.isEmpty()) {
        break;
      }
      due.getValuesAs(JsonObject.class)
          .forEach(d -> ids.add(d.getJsonNumber("summaryId").longValue()));
    }
    return ids;
  }
}
