package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * Drug tests: a house's batch answered row by row (each bad row with its field and reason, a test
 * sent twice stored once), the client's tests newest first, a positive result a flag on the
 * caseload row and an attention item, the case manager's "explained by prescription" beside the
 * result as reported; a house manager reads their resident's tests without the explanation.
 */
class ToxicologyIT {

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String admin = f.token(DemoUser.ADMIN_OKAFOR);
  private final String rivera = f.token(DemoUser.CM_RIVERA);

  private static String hoursAgo(int hours) {
    return ZonedDateTime.now(Fixtures.ZONE)
        .minusHours(hours)
        .withNano(0)
        .toOffsetDateTime()
        .toString();
  }

  @Test
  void aBatchIsAnsweredRowByRowAndStoresEachTestOnce() {
    ScopeFixtures.Resident r = data.freshMapleResident();
    String ref = r.clientRef();
    String good = Fixtures.unique("good-");
    String batch =
        Fixtures.toxicologyBatch(
            "MAPLE",
            Json.createArrayBuilder()
                .add(Fixtures.drugTest(ref, hoursAgo(30), "NEGATIVE", good))
                .add(
                    Fixtures.drugTest(ref, hoursAgo(2), "NEGATIVE", Fixtures.unique("s-"))
                        .add("substancesTested", Json.createArrayBuilder().add("HEROIN")))
                .add(Fixtures.drugTest(ref, hoursAgo(2), "CLEAN", Fixtures.unique("r-")))
                .add(
                    Fixtures.drugTest(
                        ref,
                        ZonedDateTime.now(Fixtures.ZONE)
                            .minusHours(2)
                            .toLocalDateTime()
                            .withNano(0)
                            .format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        "NEGATIVE",
                        Fixtures.unique("o-")))
                .add(
                    Fixtures.drugTest(
                        ref,
                        ZonedDateTime.now(Fixtures.ZONE).plusDays(1).toOffsetDateTime().toString(),
                        "NEGATIVE",
                        Fixtures.unique("f-")))
                .add(
                    Fixtures.drugTest(
                        data.cedar.clientRef(), hoursAgo(2), "NEGATIVE", Fixtures.unique("c-")))
                .add(Fixtures.drugTest(ref, hoursAgo(1), "POSITIVE", Fixtures.unique("p-"))));
    JsonObject answer =
        expect(200, f.api.post("/api/v1/toxicology/batches", admin, batch)).object();
    List<JsonObject> rows = answer.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals("ACCEPTED", rows.get(0).getString("result"));
    assertRejected(rows.get(1), "substancesTested", "UNKNOWN_SUBSTANCE");
    assertRejected(rows.get(2), "result", "UNKNOWN_RESULT");
    assertRejected(rows.get(3), "collectedAt", "MISSING_OFFSET");
    assertRejected(rows.get(4), "collectedAt", "FUTURE_TIMESTAMP");
    assertRejected(rows.get(5), "clientRef", "UNKNOWN_CLIENT"); // a CEDAR resident
    assertEquals("ACCEPTED", rows.get(6).getString("result"));
    assertEquals(2, answer.getJsonObject("counts").getInt("accepted"));

    JsonObject again = expect(200, f.api.post("/api/v1/toxicology/batches", admin, batch)).object();
    assertEquals(0, again.getJsonObject("counts").getInt("accepted"), "nothing new: " + again);
    assertEquals(2, again.getJsonObject("counts").getInt("duplicate"));

    List<JsonObject> tests = tests(r.clientId(), rivera);
    assertEquals(2, tests.size(), "stored once each");
    assertEquals("POSITIVE", tests.get(0).getString("result"), "newest first");
    assertEquals("[\"BUPRENORPHINE\"]", tests.get(0).getJsonArray("substancesPositive").toString());
    assertEquals("MAPLE", tests.get(0).getString("source"));
  }

  @Test
  void aPositiveResultIsAFlagAndAnItemTheExplanationClearsKeepingTheResult() {
    ScopeFixtures.Resident r = data.freshMapleResident();
    long test = f.drugTest("MAPLE", r.clientId(), r.clientRef(), "POSITIVE");
    String family =
        expect(200, f.api.get("/api/v1/clients/" + r.clientId(), rivera))
            .object()
            .getString("familyName");
    assertTrue(f.caseloadFlags(family).contains("POSITIVE_DRUG_TEST"));
    JsonObject item =
        f.worklistOf(r.clientId(), rivera).stream()
            .filter(i -> i.getString("rule").equals("DRUG_TEST_RESULT"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no attention item for the positive test"));
    assertEquals("HIGH", item.getString("severity"));

    String path = "/api/v1/clients/" + r.clientId() + "/toxicology/" + test + "/explanation";
    ValidationIT.assertProblem(f.api.post(path, rivera, "{}"), 400, "reason", "REQUIRED");
    JsonObject explained =
        expect(200, f.api.post(path, rivera, "{\"reason\":\"Prescribed buprenorphine (MAT)\"}"))
            .object();
    assertEquals("POSITIVE", explained.getString("result"), "the result stays as reported");
    assertEquals(
        "Prescribed buprenorphine (MAT)",
        explained.getJsonObject("explanation").getString("reason"));
    assertEquals("cm.rivera", explained.getJsonObject("explanation").getString("by"));
    assertEquals(409, f.api.post(path, rivera, "{\"reason\":\"again\"}").status());
    assertFalse(f.caseloadFlags(family).contains("POSITIVE_DRUG_TEST"), "explained: no flag");
    assertTrue(
        f.worklistOf(r.clientId(), rivera).stream()
            .noneMatch(i -> i.getString("rule").equals("DRUG_TEST_RESULT")),
        "the item cleared with the explanation");
    assertEquals(
        1,
        f.count(
            "SELECT count(*) FROM audit_event WHERE username = 'cm.rivera' AND action = 'CREATE'"
                + " AND record_type = 'drug-test-explanation' AND client_id = ?"
                + " AND outcome = 'SUCCESS'",
            r.clientId()));

    long negative = f.drugTest("MAPLE", r.clientId(), r.clientRef(), "NEGATIVE");
    ValidationIT.assertProblem(
        f.api.post(
            "/api/v1/clients/" + r.clientId() + "/toxicology/" + negative + "/explanation",
            rivera,
            "{\"reason\":\"x\"}"),
        422,
        "testId",
        "NOT_POSITIVE");
  }

  @Test
  void aHouseManagerReadsTheirResidentsTestsWithoutTheExplanationAndNoOtherHouses() {
    ScopeFixtures.Resident r = data.freshMapleResident();
    long test = f.drugTest("MAPLE", r.clientId(), r.clientRef(), "POSITIVE");
    expect(
        200,
        f.api.post(
            "/api/v1/clients/" + r.clientId() + "/toxicology/" + test + "/explanation",
            rivera,
            "{\"reason\":\"Prescribed buprenorphine\"}"));
    String jordan = f.token(DemoUser.HM_JORDAN);
    List<JsonObject> seen = tests(r.clientId(), jordan);
    assertEquals(1, seen.size());
    assertEquals("POSITIVE", seen.get(0).getString("result"));
    assertTrue(seen.get(0).isNull("explanation"), "nothing of medication: " + seen.get(0));
    assertEquals(
        404,
        f.api.get("/api/v1/clients/" + data.cedar.clientId() + "/toxicology", jordan).status());
    assertEquals(
        404,
        f.api
            .get(
                "/api/v1/clients/" + data.cedar.clientId() + "/toxicology",
                f.token(DemoUser.CM_RIVERA))
            .status(),
        "cm.patel's client");
    assertTrue(f.reads("hm.jordan", "drug-test", r.clientId()) >= 1, "the read is audited");
  }

  @Test
  void aSummaryCarriesThePeriodsTestsOnlyUnderAToxicologyConsentAndValidates() {
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    String ref = Fixtures.unique("TX-");
    expect(201, f.moveIn(client, data.mapleHouse, ref, Fixtures.today().minusDays(20)));
    f.drugTest("MAPLE", client, ref, "POSITIVE");
    f.consent(
        DemoUser.CM_RIVERA,
        client,
        Fixtures.consentBody("RIVERSIDE", null, Fixtures.today().plusDays(60), "ATTENDANCE"));
    String without = document(client);
    assertFalse(without.contains("drug-test"), "a drug test went without its consent");
    assertFalse(without.contains("buprenorphine"), "a drug test went without its consent");

    f.consent(
        DemoUser.CM_RIVERA,
        client,
        Fixtures.consentBody("RIVERSIDE", null, Fixtures.today().plusDays(60), "TOXICOLOGY"));
    String with = document(client);
    assertTrue(with.contains("urine-drug-test"), with);
    assertTrue(with.contains("positive for buprenorphine"), with);
    List<String> errors = org.stepwise.cases.infrastructure.fhir.R4Validation.errors(with);
    assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
  }

  /** A summary of the last 7 days up to today, as its case manager reads it: the document. */
  private String document(long client) {
    long id =
        expect(
                201,
                f.api.post(
                    "/api/v1/clients/" + client + "/summaries",
                    rivera,
                    "{\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}"
                        .formatted(Fixtures.today().minusDays(6), Fixtures.today())))
            .object()
            .getInt("id");
    return expect(200, f.api.get("/api/v1/clients/" + client + "/summaries/" + id, rivera))
        .object()
        .getJsonObject("document")
        .toString();
  }

  private List<JsonObject> tests(long client, String token) {
    return expect(200, f.api.get("/api/v1/clients/" + client + "/toxicology", token))
        .array()
        .getValuesAs(JsonObject.class);
  }

  private static void assertRejected(JsonObject row, String field, String code) {
    assertEquals("REJECTED", row.getString("result"), row.toString());
    assertEquals(field, row.getString("field"), row.toString());
    assertEquals(code, row.getString("code"), row.toString());
  }
}
