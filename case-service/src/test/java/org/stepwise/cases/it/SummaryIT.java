package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.consentBody;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.infrastructure.fhir.R4Validation;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * ConsentRepository and progress summaries through the API: only consented sections, WITHHELD
 * without an active consent (also when it is revoked after generation), delivery back-off to
 * FAILED, an admin's retry, the DISCLOSE audit event naming the consent, and the cadence run.
 */
class SummaryIT {

  private final Fixtures f = new Fixtures();
  private final long clinic = f.clinic("RIVERSIDE", "dr.chen");

  private String cm() {
    return f.token(DemoUser.CM_RIVERA);
  }

  private String routes() {
    return f.platform.routesToken();
  }

  @Test
  void aSummaryHoldsOnlyTheConsentedSectionsAndShowsItsConsent() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    long consent =
        f.consent(
            DemoUser.CM_RIVERA,
            client,
            consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE"));
    JsonObject made = f.summary(DemoUser.CM_RIVERA, client);
    assertEquals("PENDING", made.getString("status"));
    assertEquals(consent, made.getJsonNumber("consentId").longValue());
    JsonObject shown =
        expect(
                200,
                f.api.get("/api/v1/clients/" + client + "/summaries/" + made.getInt("id"), cm()))
            .object();
    JsonObject bundle = shown.getJsonObject("document");
    assertEquals("document", bundle.getString("type"));
    String text = bundle.toString();
    assertTrue(text.contains("Meeting attendance"));
    assertTrue(text.contains("42 CFR part 2 prohibits unauthorized use or disclosure"));
    assertFalse(text.contains("\"Goals\""), "goals were not consented");
    assertFalse(text.contains("Level of care"), "level of care was not consented");
    assertEquals("RIVERSIDE", shown.getJsonObject("recipient").getString("clinic"));
    assertEquals(List.of("ATTENDANCE"), strings(shown.getJsonArray("sections")));
  }

  @Test
  void aCaseNoteNeverLeavesAndOnlyANarrativeMarkedReadyIsSent() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody(
            "RIVERSIDE",
            null,
            today().plusDays(60),
            "ATTENDANCE",
            "GOALS",
            "LEVEL_OF_CARE",
            "NARRATIVE"));
    String note = "Internal: argued with roommate over rent, team to watch";
    expect(
        201,
        f.api.post(
            "/api/v1/clients/" + client + "/notes",
            cm(),
            Json.createObjectBuilder().add("body", note).build().toString()));

    // the period ends today, so the note written just now lies within it
    JsonObject first = throughToday(client);
    String narrative =
        "/api/v1/clients/%d/clinic-narratives/%s/%s"
            .formatted(client, first.getString("periodStart"), first.getString("periodEnd"));
    String unready = document(client, first);
    assertFalse(unready.contains("argued with roommate"), "a case note left in a summary");
    assertTrue(unready.contains("has not marked a narrative ready"), "the section says so");
    assertTrue(unready.contains("notstarted"), unready);

    ApiClient.Response draft = expect(200, f.api.get(narrative, cm()));
    assertEquals("\"0\"", draft.header("ETag"));
    assertEquals("", draft.object().getString("body"), "a draft starts from nothing");
    saveNarrative(narrative, "0", "Kept every appointment; looking for work.", false);
    assertFalse(
        document(client, throughToday(client)).contains("looking for work"), "a draft was sent");
    ValidationIT.assertProblem(
        f.api.send(
            "PUT",
            narrative,
            cm(),
            "{\"body\":\"x\",\"ready\":true}",
            java.util.Map.of("If-Match", "\"0\"")),
        412,
        "If-Match",
        "STALE_VERSION");
    saveNarrative(narrative, "1", "Kept every appointment; looking for work.", true);
    String ready = document(client, throughToday(client));
    assertTrue(ready.contains("looking for work"), "the ready narrative is sent");
    assertFalse(ready.contains("argued with roommate"), "a case note left in a summary");
  }

  @Test
  void measuresAndAppointmentsGoOnlyWithTheirConsentAndTheDocumentValidates() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    String base = "/api/v1/clients/" + client;
    expect(
        201,
        f.api.post(
            base + "/measures",
            cm(),
            "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
                + today().minusDays(2)
                + "\",\"answers\":[1,1,1,1,1,1,1,1,0]}"));
    long series =
        expect(
                201,
                f.api.post(
                    base + "/appointments",
                    cm(),
                    "{\"kind\":\"THERAPY\",\"provider\":\"Dr. Ruiz\",\"every\":1,"
                        + "\"unit\":\"WEEKS\",\"startsOn\":\""
                        + today().minusDays(3)
                        + "\"}"))
            .object()
            .getJsonNumber("id")
            .longValue();
    expect(
        200,
        f.api.post(
            base + "/appointments/" + series + "/occurrences",
            cm(),
            "{\"scheduledOn\":\"" + today().minusDays(3) + "\",\"outcome\":\"KEPT\"}"));

    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE"));
    String without = document(client, throughToday(client));
    assertFalse(without.contains("44261-6"), "a measure went without its consent");
    assertFalse(without.contains("Dr. Ruiz"), "an appointment went without its consent");

    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody("RIVERSIDE", null, today().plusDays(60), "MEASURES", "APPOINTMENTS"));
    String with = document(client, throughToday(client));
    assertTrue(with.contains("44261-6"), with);
    assertTrue(with.contains("1 kept, 0 missed"), with);
    List<String> errors = R4Validation.errors(with);
    assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
  }

  @Test
  void aConsentInForceThatExpiresWithin14DaysIsFlagged() {
    long soon = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    f.consent(
        DemoUser.CM_RIVERA,
        soon,
        consentBody("RIVERSIDE", null, today().plusDays(10), "ATTENDANCE"));
    long later = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", "dr.chen");
    f.consent(
        DemoUser.CM_RIVERA,
        later,
        consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE"));
    assertTrue(flagsOf(soon).contains("CONSENT_EXPIRING"));
    assertFalse(flagsOf(later).contains("CONSENT_EXPIRING"));
  }

  private java.util.Set<String> flagsOf(long client) {
    return Fixtures.flags(
        expect(200, f.api.get("/api/v1/clients/" + client + "/overview", cm())).object());
  }

  private JsonObject throughToday(long client) {
    return expect(
            201,
            f.api.post(
                "/api/v1/clients/" + client + "/summaries",
                cm(),
                "{\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}"
                    .formatted(today().minusDays(6), today())))
        .object();
  }

  private void saveNarrative(String path, String version, String body, boolean ready) {
    expect(
        200,
        f.api.send(
            "PUT",
            path,
            cm(),
            Json.createObjectBuilder().add("body", body).add("ready", ready).build().toString(),
            java.util.Map.of("If-Match", "\"" + version + "\"")));
  }

  private String document(long client, JsonObject summary) {
    return expect(
            200,
            f.api.get("/api/v1/clients/" + client + "/summaries/" + summary.getInt("id"), cm()))
        .object()
        .getJsonObject("document")
        .toString();
  }

  @Test
  void withoutAnActiveConsentNothingIsMadeAndTheReasonIsShown() {
    long none = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    JsonObject withheld = f.summary(DemoUser.CM_RIVERA, none);
    assertEquals("WITHHELD", withheld.getString("status"));
    assertEquals("NO_CONSENT", withheld.getString("statusReason"));
    assertEquals(JsonValue.NULL, withheld.get("document"));

    long expired = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    f.consent(
        DemoUser.CM_RIVERA,
        expired,
        consentBody("RIVERSIDE", null, today().minusDays(1), "ATTENDANCE"));
    JsonObject late = f.summary(DemoUser.CM_RIVERA, expired);
    assertEquals("WITHHELD", late.getString("status"));
    assertEquals("CONSENT_EXPIRED", late.getString("statusReason"));
  }

  @Test
  void aConsentRevokedAfterGenerationWithholdsTheSummaryBeforeItLeaves() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    long consent =
        f.consent(
            DemoUser.CM_RIVERA,
            client,
            consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE", "GOALS"));
    long summary = f.summary(DemoUser.CM_RIVERA, client).getInt("id");
    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + client + "/consents/" + consent + "/revocation",
            cm(),
            "{\"reason\":\"Client withdrew consent by phone\"}"));
    List<Long> handedOut = f.drainDue();
    assertFalse(handedOut.contains(summary), "a summary under a revoked consent was handed out");
    JsonObject shown =
        expect(200, f.api.get("/api/v1/clients/" + client + "/summaries/" + summary, cm()))
            .object();
    assertEquals("WITHHELD", shown.getString("status"));
    assertEquals("CONSENT_REVOKED", shown.getString("statusReason"));
    JsonObject listed =
        expect(200, f.api.get("/api/v1/clients/" + client + "/consents", cm()))
            .array()
            .getJsonObject(0);
    assertEquals("REVOKED", listed.getString("status"));
    assertEquals("cm.rivera", listed.getJsonObject("revocation").getString("recordedBy"));
  }

  @Test
  void retriesEndInFailedWhichAnAdminSeesAndRetries() {
    long summary = consentedSummary();
    String lease = null;
    for (int i = 1; i <= 5; i++) {
      lease = f.claim(summary); // due again once its back-off has passed
      JsonObject after = expect(200, f.report(summary, lease, "RETRY", 503)).object();
      assertEquals(i < 5 ? "PENDING" : "FAILED", after.getString("status"), "after attempt " + i);
    }
    // no sixth attempt is taken
    assertEquals(409, f.report(summary, lease, "RETRY", null).status());
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    JsonObject failed = find(expect(200, f.api.get("/api/v1/deliveries", admin)).array(), summary);
    assertEquals("clinic answered 503", failed.getString("lastError"));
    assertEquals(5, failed.getInt("attempts"));
    JsonObject retried =
        expect(200, f.api.post("/api/v1/deliveries/" + summary + "/retry", admin, null)).object();
    assertEquals("PENDING", retried.getString("status"));

    long refused = consentedSummary();
    JsonObject once = expect(200, f.report(refused, f.claim(refused), "REFUSED", 422)).object();
    assertEquals("FAILED", once.getString("status"), "a 4xx is not retried");
  }

  @Test
  void aDeliveryIsAuditedAsADisclosureNamingItsConsent() {
    Fixtures.Consented consented = f.consentedClient("ATTENDANCE");
    long client = consented.client();
    long consent = consented.consent();
    long summary = f.summary(DemoUser.CM_RIVERA, client).getInt("id");
    f.delivered(summary);
    JsonArray events =
        expect(
                200,
                f.api.get(
                    "/api/v1/audit?action=DISCLOSE&clientId=" + client,
                    f.token(DemoUser.ADMIN_OKAFOR)))
            .array();
    assertEquals(1, events.size(), events::toString);
    assertEquals(consent, events.getJsonObject(0).getJsonNumber("consentId").longValue());
    assertEquals(Long.toString(summary), events.getJsonObject(0).getString("recordId"));
  }

  @Test
  void theCadenceRunMakesLastWeeksSummaryOnce() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE", "GOALS"));
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    expect(200, f.api.post("/api/v1/summary-runs", admin, null));
    expect(200, f.api.post("/api/v1/summary-runs", routes(), null));
    JsonArray made =
        expect(200, f.api.get("/api/v1/clients/" + client + "/summaries", cm())).array();
    assertEquals(1, made.size(), "two runs, one summary: " + made);
    JsonObject s = made.getJsonObject(0);
    assertEquals("CADENCE", s.getString("kind"));
    assertEquals(
        java.time.DayOfWeek.MONDAY,
        java.time.LocalDate.parse(s.getString("periodStart")).getDayOfWeek());
    assertTrue(java.time.LocalDate.parse(s.getString("periodEnd")).isBefore(today()));
  }

  @Test
  void badConsentsAreRefusedFieldByField() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    String body =
        consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE", "DIAGNOSES")
            .add("revocationRightExplained", false)
            .add("expiry", jakarta.json.Json.createObjectBuilder())
            .build()
            .toString();
    var r = f.api.post("/api/v1/clients/" + client + "/consents", cm(), body);
    assertEquals(400, r.status(), r.body());
    String fields = r.body();
    assertTrue(fields.contains("sections[1]"), fields);
    assertTrue(fields.contains("revocationRightExplained"), fields);
    assertTrue(fields.contains("\"expiry\""), fields);
    var unknown =
        f.api.post(
            "/api/v1/clients/" + client + "/consents",
            cm(),
            consentBody("NOWHERE", null, today().plusDays(60), "ATTENDANCE").build().toString());
    assertEquals(422, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("recipient.clinic"));
    assertEquals(0, f.count("SELECT count(*) FROM consent WHERE client_id = " + client));
  }

  @Test
  void aGeneratedSummaryIsFrozenEvenForTheApplicationsOwnRole() throws Exception {
    long summary = consentedSummary();
    try (java.sql.Connection c = f.platform.databaseAsApplication();
        java.sql.Statement s = c.createStatement()) {
      assertTrue(documentChangeRefused(c, summary).contains("permission denied"));
      org.junit.jupiter.api.Assertions.assertThrows(
          java.sql.SQLException.class,
          () -> s.executeUpdate("DELETE FROM progress_summary WHERE id = " + summary));
      org.junit.jupiter.api.Assertions.assertThrows(
          java.sql.SQLException.class, () -> s.executeUpdate("DELETE FROM consent"));
    }
    // and the table's owner is refused by the trigger
    try (java.sql.Connection c = f.platform.database()) {
      assertTrue(documentChangeRefused(c, summary).contains("append-only"));
    }
    assertEquals(1, f.count("SELECT count(*) FROM progress_summary WHERE id = ?", summary));
  }

  /** The error an attempt to change the summary's document gets on this connection. */
  private static String documentChangeRefused(java.sql.Connection c, long summary) {
    return org.junit.jupiter.api.Assertions.assertThrows(
            java.sql.SQLException.class,
            () ->
                c.createStatement()
                    .executeUpdate(
                        "UPDATE progress_summary SET document = '{}' WHERE id = " + summary))
        .getMessage();
  }

  private long consentedSummary() {
    return f.summary(DemoUser.CM_RIVERA, f.consentedClient("ATTENDANCE").client()).getInt("id");
  }

  private static JsonObject find(JsonArray list, long id) {
    return list.getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("summary " + id + " not listed: " + list));
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
