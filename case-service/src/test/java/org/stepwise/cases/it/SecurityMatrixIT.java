package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * The least-privilege matrix: every resource method of case-service (found by reflection) × every
 * role, anonymous and forged tokens, with real Keycloak tokens for the demo users; then the data
 * scope: cm.rivera against a client on cm.patel's caseload, hm.jordan (MAPLE) against a CEDAR
 * resident. A resource method without an entry here fails the test, so no endpoint ships without a
 * declared expectation.
 */
class SecurityMatrixIT {

  /** Who calls. */
  enum Caller {
    CASE_MANAGER,
    PROGRAM_ADMIN,
    HOUSE_MANAGER,
    CLINICIAN,
    INTEGRATION
  }

  /**
   * What they get. PASS: a 2xx with a body (or a 204): reads, replacements sent with the record's
   * current version, and writes made on a record arranged for that call (see {@link Arrange}).
   */
  enum Expect {
    PASS,
    FORBIDDEN,
    HIDDEN
  }

  /**
   * The record a caller who may write is given. A write that changes a record's state (abandon a
   * goal, revoke a consent, report a delivery) succeeds once per record, so each such call gets a
   * record of its own, in the caller's scope; the others share one.
   */
  enum Arrange {
    SHARED,
    /** a new resident of MAPLE on cm.rivera's caseload, with a goal, milestone, stay and consent */
    FRESH_RESIDENT,
    /** a new client of cm.rivera who lives nowhere yet */
    CLIENT_WITHOUT_STAY,
    /** a new summary of a fresh resident, claimed by the routes: its lease is in $LEASE */
    CLAIMED_DELIVERY,
    /** a new summary of a fresh resident whose clinic refused it: FAILED */
    FAILED_DELIVERY,
    /** a new summary of a fresh resident, delivered to Riverside for dr.chen: not acknowledged */
    DELIVERED_SUMMARY,
    /** a fresh resident with a positive drug test MAPLE recorded: not explained */
    POSITIVE_TEST
  }

  /** An endpoint, the body a test sends, and what each role gets for an in-scope record. */
  record Entry(
      String method, String path, String body, Map<Caller, Expect> expect, Arrange arrange) {
    Entry(String method, String path, String body, Map<Caller, Expect> expect) {
      this(method, path, body, expect, Arrange.SHARED);
    }

    String key() {
      return method + " " + path;
    }
  }

  /** A record to call on, the lease that reports on its delivery, a drug test of the resident. */
  private record Target(ScopeFixtures.Resident resident, String lease, long testId) {
    Target(ScopeFixtures.Resident resident, String lease) {
      this(resident, lease, 0);
    }
  }

  private static Map<Caller, Expect> roles(
      Expect cm, Expect admin, Expect hm, Expect clin, Expect integration) {
    Map<Caller, Expect> m = new EnumMap<>(Caller.class);
    m.put(Caller.CASE_MANAGER, cm);
    m.put(Caller.PROGRAM_ADMIN, admin);
    m.put(Caller.HOUSE_MANAGER, hm);
    m.put(Caller.CLINICIAN, clin);
    m.put(Caller.INTEGRATION, integration);
    return m;
  }

  private static final Expect P = Expect.PASS;
  private static final Expect F = Expect.FORBIDDEN;
  private static final Expect H = Expect.HIDDEN;

  /**
   * A client's chart: case manager and admin; a house manager is answered as if it did not exist.
   */
  private static final Map<Caller, Expect> CHART = roles(P, P, H, F, F);

  /** Case-management operations without a record: case manager and admin. */
  private static final Map<Caller, Expect> CASELOAD = roles(P, P, F, F, F);

  private static final Map<Caller, Expect> ADMIN_ONLY = roles(F, P, F, F, F);

  private static final String TODAY = Fixtures.today().toString();
  private static final String FUTURE = "2099-01-01";

  static List<Entry> entries() {
    String client =
        "{\"givenName\":\"Matrix\",\"familyName\":\"Entry\",\"dateOfBirth\":\"1990-01-01\",\"recoveryStartDate\":\"2026-01-01\",\"caseManager\":\"cm.rivera\","
            + "\"referral\":{\"clinic\":\"RIVERSIDE\",\"clinician\":\"dr.chen\"}}";
    String now = ZonedDateTime.now().minusHours(1).toOffsetDateTime().toString();
    return List.of(
        new Entry("POST", "/clients", client, CASELOAD),
        new Entry("GET", "/clients", null, CASELOAD),
        new Entry("GET", "/clients/{id}", null, CHART),
        new Entry("PUT", "/clients/{id}", client, CHART),
        new Entry(
            "PUT",
            "/clients/{id}/step-down-plan",
            "{\"targetLevel\":\"1.0\",\"targetDate\":\"" + FUTURE + "\",\"criteria\":\"x\"}",
            CHART),
        new Entry("PUT", "/clients/{id}/meeting-requirement", "{\"perWeek\":3}", CHART),
        new Entry(
            "PUT", "/clients/{id}/case-manager", "{\"caseManager\":\"cm.rivera\"}", ADMIN_ONLY),
        new Entry("GET", "/clients/{clientId}/overview", null, CHART),
        new Entry("GET", "/clients/{clientId}/transitions", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/transitions",
            "{\"toLevel\":\"2.1\",\"effectiveDate\":\""
                + TODAY
                + "\",\"reason\":\"r\",\"dimensions\":{\"intoxication\":0,\"biomedical\":0,\"emotional\":0,\"readiness\":0,\"relapse\":0,\"environment\":0},\"decidedBy\":\"d\",\"program\":\"p\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry("GET", "/clients/{clientId}/goals", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/goals",
            "{\"domain\":\"HOUSING\",\"statement\":\"Lease\"}",
            CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/goals/{goalId}/status",
            "{\"status\":\"ABANDONED\",\"reason\":\"moved away\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry(
            "POST",
            "/clients/{clientId}/goals/{goalId}/milestones",
            "{\"description\":\"Step\"}",
            CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/goals/{goalId}/milestones/{milestoneId}/achieved",
            "{\"achievedOn\":\"" + TODAY + "\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry(
            "POST",
            "/clients/{clientId}/goals/{goalId}/progress-notes",
            "{\"notedOn\":\"" + TODAY + "\",\"body\":\"x\"}",
            CHART),
        new Entry("GET", "/clients/{clientId}/residencies", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/residencies",
            "{\"houseId\":$HOUSE_ID,\"clientRef\":\"$UNIQUE\",\"moveIn\":\"" + TODAY + "\"}",
            CHART,
            Arrange.CLIENT_WITHOUT_STAY),
        new Entry(
            "POST",
            "/clients/{clientId}/residencies/{residencyId}/move-out",
            "{\"moveOut\":\"" + TODAY + "\",\"reason\":\"x\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry(
            "POST",
            "/clients/{clientId}/residencies/{residencyId}/transfer",
            "{\"houseId\":$OTHER_HOUSE_ID,\"clientRef\":\"$UNIQUE\",\"on\":\""
                + TODAY
                + "\",\"reason\":\"x\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry("GET", "/clients/{clientId}/relapse-prevention-plan", null, CHART),
        new Entry("PUT", "/clients/{clientId}/relapse-prevention-plan", Fixtures.PLAN, CHART),
        new Entry("GET", "/clients/{clientId}/relapse-prevention-plan/versions", null, CHART),
        new Entry(
            "GET", "/clients/{clientId}/relapse-prevention-plan/versions/{number}", null, CHART),
        // a resident in crisis at night is the house manager's first call
        new Entry(
            "GET",
            "/clients/{clientId}/relapse-prevention-plan/emergency-contacts",
            null,
            roles(P, P, P, F, F)),
        new Entry("GET", "/clients/{clientId}/trigger-log", null, CHART),
        new Entry("GET", "/clients/{clientId}/trigger-log/pattern", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/trigger-log",
            TriggerLogIT.entry(Fixtures.today(), "PLACES", "[\"TIRED\"]", 4, "NO_USE"),
            CHART),
        new Entry("GET", "/clients/{clientId}/measures", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/measures",
            "{\"instrument\":\"GAD_7\",\"administeredOn\":\""
                + TODAY
                + "\",\"answers\":[1,1,1,1,1,1,1]}",
            CHART),
        new Entry("GET", "/clients/{clientId}/appointments", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/appointments",
            "{\"kind\":\"PSYCHIATRY\",\"provider\":\"Dr. Lee\",\"every\":4,\"unit\":\"WEEKS\","
                + "\"startsOn\":\""
                + TODAY
                + "\",\"medicationManagement\":true}",
            CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/appointments/{seriesId}/occurrences",
            "{\"scheduledOn\":\"" + Fixtures.today().minusDays(7) + "\",\"outcome\":\"KEPT\"}",
            CHART),
        new Entry("GET", "/clients/{clientId}/clinic-narratives", null, CHART),
        new Entry(
            "GET", "/clients/{clientId}/clinic-narratives/{periodStart}/{periodEnd}", null, CHART),
        new Entry(
            "PUT",
            "/clients/{clientId}/clinic-narratives/{periodStart}/{periodEnd}",
            "{\"body\":\"Doing well.\",\"ready\":true}",
            CHART),
        new Entry("GET", "/clients/{clientId}/notes", null, CHART),
        new Entry("POST", "/clients/{clientId}/notes", "{\"body\":\"Checked in.\"}", CHART),
        // attendance is a roster matter: a house manager enters and reads it for their residents
        new Entry("GET", "/clients/{clientId}/attendance", null, roles(P, P, P, F, F)),
        new Entry(
            "POST",
            "/clients/{clientId}/attendance",
            "{\"meetingType\":\"NA\",\"meetingName\":\"Group\",\"startedAt\":\""
                + now
                + "\",\"status\":\"ATTENDED\",\"verification\":\"SIGNED_SLIP\"}",
            roles(P, P, P, F, F)),
        new Entry(
            "POST",
            "/attendance/batches",
            Fixtures.batch(
                "$HOUSE_CODE",
                jakarta.json.Json.createArrayBuilder()
                    .add(Fixtures.row("$CLIENT_REF", now, "$UNIQUE"))),
            roles(F, P, P, F, P)),
        new Entry(
            "POST",
            "/toxicology/batches",
            Fixtures.toxicologyBatch(
                "$HOUSE_CODE",
                jakarta.json.Json.createArrayBuilder()
                    .add(Fixtures.drugTest("$CLIENT_REF", now, "NEGATIVE", "$UNIQUE"))),
            roles(F, P, P, F, P)),
        // a house manager reads the tests their house recorded during the stay
        new Entry("GET", "/clients/{clientId}/toxicology", null, roles(P, P, P, F, F)),
        new Entry(
            "POST",
            "/clients/{clientId}/toxicology/{testId}/explanation",
            "{\"reason\":\"Prescribed buprenorphine (Dr. Lee)\"}",
            CASELOAD,
            Arrange.POSITIVE_TEST),
        new Entry(
            "POST",
            "/houses",
            "{\"code\":\"$UNIQUE\",\"name\":\"Maple\",\"narrLevel\":2,\"capacity\":5,\"reportingChannel\":\"SFTP\"}",
            ADMIN_ONLY),
        new Entry("GET", "/houses", null, CASELOAD),
        // MAPLE as the fixtures made it: the change keeps it so
        new Entry(
            "PUT",
            "/houses/{houseId}",
            "{\"name\":\"House MAPLE\",\"narrLevel\":2,\"capacity\":200,\"reportingChannel\":\"SFTP\"}",
            ADMIN_ONLY),
        new Entry("GET", "/houses/{houseId}/roster", null, roles(F, P, P, F, F)),
        new Entry("GET", "/houses/{houseId}/worklist", null, roles(F, P, P, F, F)),
        new Entry("GET", "/houses/managed", null, roles(F, P, P, F, F)),
        new Entry("GET", "/staff/case-managers", null, ADMIN_ONLY),
        new Entry("GET", "/audit", null, ADMIN_ONLY),
        new Entry("GET", "/audit/verify", null, ADMIN_ONLY),
        new Entry(
            "POST",
            "/intake-reports",
            "{\"houseCode\":\"$HOUSE_CODE\",\"channel\":\"SFTP\",\"sourceName\":\"x.csv\",\"outcome\":\"DONE\",\"accepted\":0,\"duplicates\":0,\"rejected\":0,\"rejects\":[]}",
            roles(F, P, P, F, P)),
        // a case manager reads the reports of houses where a client of theirs lives
        new Entry("GET", "/houses/{houseId}/intake-reports", null, roles(P, P, P, F, F)),
        new Entry("GET", "/houses/{houseId}/intake-reports/{reportId}", null, roles(P, P, P, F, F)),
        // clinics: admins keep them, case managers read them to record referrals and consents
        new Entry("GET", "/clinics", null, CASELOAD),
        new Entry(
            "POST",
            "/clinics",
            "{\"code\":\"$UNIQUE\",\"name\":\"R\",\"channel\":\"FHIR\",\"endpoint\":\"https://x/fhir\",\"auth\":\"NONE\",\"cadence\":\"WEEKLY\"}",
            ADMIN_ONLY),
        new Entry(
            "POST",
            "/clinics/{clinicId}/clinicians",
            "{\"username\":\"$UNIQUE\",\"name\":\"Chen\"}",
            ADMIN_ONLY),
        new Entry("GET", "/clients/{clientId}/consents", null, CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/consents",
            Fixtures.consentBody("RIVERSIDE", null, java.time.LocalDate.parse(FUTURE), "ATTENDANCE")
                .build()
                .toString(),
            CHART),
        new Entry(
            "POST",
            "/clients/{clientId}/consents/{consentId}/revocation",
            "{\"reason\":\"matrix\"}",
            CHART,
            Arrange.FRESH_RESIDENT),
        new Entry("GET", "/clients/{clientId}/summaries", null, CHART),
        new Entry("GET", "/clients/{clientId}/summaries/{summaryId}", null, CHART),
        new Entry("POST", "/clients/{clientId}/summaries", "{}", CHART),
        // before the summary run: a fresh resident's delivery claims what is due, and the routes'
        // view of due deliveries needs the run's summaries still unclaimed
        new Entry("POST", "/attention-runs", null, roles(F, P, F, F, P)),
        new Entry("GET", "/attention", null, CASELOAD),
        new Entry("GET", "/attention/counts", null, ADMIN_ONLY),
        new Entry("GET", "/clients/{clientId}/attention", null, CASELOAD),
        // the routes mail case managers counts and a link: nobody else claims a notification
        new Entry("POST", "/notification-claims", "{\"limit\":100}", roles(F, F, F, F, P)),
        new Entry("POST", "/notifications/{notificationId}/sent", null, roles(F, F, F, F, P)),
        new Entry(
            "POST", "/attention/{itemId}/acknowledgement", null, CASELOAD, Arrange.FRESH_RESIDENT),
        new Entry(
            "POST",
            "/attention/{itemId}/resolution",
            "{\"outcome\":\"Called; safety plan reviewed\"}",
            CASELOAD,
            Arrange.FRESH_RESIDENT),
        new Entry("POST", "/summary-runs", null, roles(F, P, F, F, P)),
        // the routes' side of delivery; admins see and retry failures
        new Entry("GET", "/deliveries/due", null, roles(F, F, F, F, P)),
        new Entry(
            "POST",
            "/deliveries/{summaryId}/outcome",
            "{\"lease\":\"$LEASE\",\"outcome\":\"DELIVERED\",\"httpStatus\":201}",
            roles(F, F, F, F, P),
            Arrange.CLAIMED_DELIVERY),
        new Entry("GET", "/deliveries", null, ADMIN_ONLY),
        new Entry(
            "POST", "/deliveries/{summaryId}/retry", null, ADMIN_ONLY, Arrange.FAILED_DELIVERY),
        // the clinician's own view: delivered summaries of their clinic under an active consent
        // code lists, no client data: every role
        new Entry("GET", "/codes", null, roles(P, P, P, P, P)),
        new Entry("GET", "/summaries", null, roles(F, F, F, P, F)),
        new Entry("GET", "/summaries/{summaryId}", null, roles(F, F, F, P, F)),
        new Entry(
            "POST",
            "/summaries/{summaryId}/acknowledgement",
            "{\"reply\":\"Seen on Tuesday.\"}",
            roles(F, F, F, P, F),
            Arrange.DELIVERED_SUMMARY));
  }

  private final ScopeFixtures data = new ScopeFixtures();
  private final List<String> cacheable = new ArrayList<>();

  /** The allow-list entries checked on an answer that had fields, so the check saw something. */
  private final Set<String> fieldsChecked = new TreeSet<>();

  private final Fixtures f = data.f;

  /** Where a transfer goes: a house of no one's scope, so no caller gains one by the move. */
  private final long elsewhere = f.house(Fixtures.unique("ELSE"), 500);

  @Test
  void everyResourceMethodHasADeclaredExpectation() throws Exception {
    TreeSet<String> resourceMethods = ResourceMethods.all();
    TreeSet<String> declared =
        entries().stream().map(Entry::key).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> missing = new TreeSet<>(resourceMethods);
    missing.removeAll(declared);
    TreeSet<String> stale = new TreeSet<>(declared);
    stale.removeAll(resourceMethods);
    assertTrue(
        missing.isEmpty(), "resource methods without an expectation in the matrix: " + missing);
    assertTrue(stale.isEmpty(), "matrix entries for methods that do not exist: " + stale);
    assertEquals(resourceMethods.size(), entries().size(), "one entry per method");
  }

  @Test
  void eachRoleGetsWhatTheMatrixSaysAndForgedTokensGetNothing() {
    Map<Caller, String> tokens = tokens();
    Map<String, String> forged = forgedTokens(f.token(DemoUser.CM_RIVERA));
    List<String> wrong = new ArrayList<>();
    // something due, so that the routes' view of due deliveries has a row to check
    f.summary(DemoUser.CM_RIVERA, data.freshMapleResident().clientId());
    for (Entry e : entries()) {
      String path = path(e.path(), data.maple, data.mapleHouse, data.mapleReport);
      String body = body(e.body(), data.mapleHouse, "MAPLE", data.maple, null, elsewhere);
      path =
          path.replace("{notificationId}", Long.toString(data.notificationId()))
              .replace("{testId}", Long.toString(data.mapleTest));
      for (Caller caller : Caller.values()) {
        Expect expect = e.expect().get(caller);
        if (expect == Expect.PASS && e.arrange() != Arrange.SHARED) {
          Target t = arrange(e.arrange());
          check(
              wrong,
              e,
              caller.name(),
              path(e.path(), t.resident(), data.mapleHouse, data.mapleReport)
                  .replace("{testId}", Long.toString(t.testId())),
              body(e.body(), data.mapleHouse, "MAPLE", t.resident(), t.lease(), elsewhere),
              tokens.get(caller),
              expect);
        } else {
          check(wrong, e, caller.name(), path, body, tokens.get(caller), expect);
        }
      }
      for (var bad : forged.entrySet()) {
        ApiClient.Response r = send(e, path, body, bad.getValue());
        if (r.status() != 401) {
          wrong.add(e.key() + " with " + bad.getKey() + ": " + r.status());
        }
      }
    }
    assertTrue(wrong.isEmpty(), "the matrix does not hold:\n" + String.join("\n", wrong));
    assertEquals(List.of(), cacheable, "answers that may be cached");
    TreeSet<String> unchecked = new TreeSet<>(MAY_SEE.keySet());
    unchecked.removeAll(fieldsChecked);
    assertEquals(
        Set.of(), unchecked, "allow-list entries never checked on an answer with fields in it");
  }

  @Test
  void nobodyReachesARecordOutsideTheirScope() {
    Map<Caller, String> tokens = tokens();
    List<String> wrong = new ArrayList<>();
    for (Entry e : entries()) {
      if (!e.path().contains("{") && (e.body() == null || !e.body().contains("$HOUSE"))) {
        continue; // no record to be out of scope for
      }
      // cm.rivera against a client on cm.patel's caseload; hm.jordan against a CEDAR resident
      String path =
          path(e.path(), data.cedar, data.cedarHouse, data.cedarReport)
              .replace("{notificationId}", "1")
              .replace("{testId}", Long.toString(data.cedarTest));
      String body = body(e.body(), data.cedarHouse, "CEDAR", data.cedar, null, elsewhere);
      for (Caller caller : List.of(Caller.CASE_MANAGER, Caller.HOUSE_MANAGER)) {
        Expect inScope = e.expect().get(caller);
        Expect outOfScope = inScope == Expect.FORBIDDEN ? Expect.FORBIDDEN : Expect.HIDDEN;
        long denialsBefore = denials(caller);
        check(
            wrong, e, caller.name() + " out of scope", path, body, tokens.get(caller), outOfScope);
        // a 404 for a record that exists: a refusal on scope, audited as such (a broken fixture id
        // would be NOT_FOUND, not DENIED)
        if (outOfScope == Expect.HIDDEN && denials(caller) == denialsBefore) {
          wrong.add(e.key() + " as " + caller + " out of scope: 404 without a DENIED audit event");
        }
      }
    }
    assertTrue(
        wrong.isEmpty(),
        "a record outside the caller's scope answered:\n" + String.join("\n", wrong));
    assertEquals(List.of(), cacheable, "answers that may be cached");
  }

  /**
   * Collections and filters hold only the caller's rows: cm.rivera's searches never list cm.patel's
   * clients, whatever they filter on, and hm.jordan's house views never list a CEDAR resident.
   */
  @Test
  void collectionsListOnlyRowsInTheCallersScope() {
    String rivera = f.token(DemoUser.CM_RIVERA);
    List<Long> others = List.of(data.cedar.clientId(), data.mapleNeighbour.clientId());
    List<String> wrong = new ArrayList<>();
    for (String query :
        List.of(
            "",
            "?caseManager=cm.patel",
            "?house=CEDAR",
            "?house=MAPLE",
            "?name=" + "Test",
            "?size=500")) {
      List<Long> listed = clientIds(f.api.get("/api/v1/clients" + query, rivera), "rows");
      if (!listed.contains(data.maple.clientId())
          && !query.contains("patel")
          && !query.contains("CEDAR")) {
        wrong.add("GET /clients" + query + " lost cm.rivera's own client");
      }
      for (long other : others) {
        if (listed.contains(other)) {
          wrong.add("GET /clients" + query + " listed cm.patel's client " + other);
        }
      }
    }
    String jordan = f.token(DemoUser.HM_JORDAN);
    List<Long> roster =
        clientIds(f.api.get("/api/v1/houses/" + data.mapleHouse + "/roster", jordan), "residents");
    if (!roster.containsAll(List.of(data.maple.clientId(), data.mapleNeighbour.clientId()))
        || roster.contains(data.cedar.clientId())) {
      wrong.add("MAPLE roster as hm.jordan: " + roster);
    }
    List<String> managed =
        expect(200, f.api.get("/api/v1/houses/managed", jordan))
            .array()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .map(h -> h.getString("code"))
            .toList();
    if (!managed.equals(List.of("MAPLE"))) {
      wrong.add("houses managed by hm.jordan: " + managed);
    }
    assertTrue(wrong.isEmpty(), "a collection leaked:\n" + String.join("\n", wrong));
  }

  private static List<Long> clientIds(ApiClient.Response r, String array) {
    return expect(200, r)
        .object()
        .getJsonArray(array)
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .map(o -> o.getJsonNumber("clientId").longValue())
        .toList();
  }

  private long denials(Caller caller) {
    String username = caller == Caller.CASE_MANAGER ? "cm.rivera" : "hm.jordan";
    return f.count(
        "SELECT count(*) FROM audit_event WHERE username = ? AND outcome = 'DENIED'", username);
  }

  private void check(
      List<String> wrong,
      Entry e,
      String who,
      String path,
      String body,
      String token,
      Expect expect) {
    ApiClient.Response r = send(e, path, body, token);
    boolean ok =
        switch (expect) {
          case PASS -> r.status() / 100 == 2 && (r.status() == 204 || !r.body().isBlank());
          case FORBIDDEN -> r.status() == 403;
          case HIDDEN -> r.status() == 404;
        };
    if (!ok) {
      wrong.add(
          e.key() + " as " + who + ": expected " + expect + ", got " + r.status() + " " + r.body());
    }
    if (ok && expect == Expect.PASS) {
      fieldsBeyondTheAllowList(wrong, e, who, r);
    }
    if (!ok || expect == Expect.PASS) {
      return;
    }
    // a refusal carries no data: the body is a problem document only
    if (!r.contentType().startsWith("application/problem+json")
        || r.body().contains("familyName")) {
      wrong.add(
          e.key()
              + " as "
              + who
              + ": refusal with a body that is not a plain problem: "
              + r.body());
    }
  }

  private ApiClient.Response send(Entry e, String path, String body, String token) {
    Map<String, String> headers =
        e.method().equals("PUT") ? Map.of("If-Match", currentVersion(path)) : Map.of();
    ApiClient.Response r = f.api.send(e.method(), "/api/v1" + path, token, body, headers);
    // whatever the answer (data, refusal, a forged token's 401): nothing of it may be cached
    if (!"no-store".equals(r.header("Cache-Control"))) {
      cacheable.add(e.key() + " " + r.status() + ": Cache-Control " + r.header("Cache-Control"));
    }
    return r;
  }

  /**
   * What the roles outside case management may see, per endpoint: every field (as a path, arrays as
   * {@code []}) of a successful answer to a house manager, a clinician or the routes must be listed
   * here. Case managers and admins read whole charts, so their answers are not listed.
   */
  private static final Map<String, Set<String>> MAY_SEE =
      AllowedFields.read("/security/allowed-fields.txt");

  private void fieldsBeyondTheAllowList(
      List<String> wrong, Entry e, String who, ApiClient.Response r) {
    String role = who.split(" ")[0];
    if (role.equals("CASE_MANAGER")
        || role.equals("PROGRAM_ADMIN")
        || r.body().isBlank()
        || !r.contentType().contains("json")) {
      return;
    }
    String key = role + " " + e.key();
    Set<String> seen = AllowedFields.paths(r.body());
    if (!seen.isEmpty()) {
      fieldsChecked.add(key);
    }
    Set<String> allowed = MAY_SEE.getOrDefault(key, Set.of());
    TreeSet<String> extra = new TreeSet<>(seen);
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      wrong.add(key + ": fields beyond the allow-list: " + String.join(",", extra));
    }
  }

  /**
   * The ETag of the record a PUT replaces, as an admin reads it now: the path itself where it can
   * be read, otherwise the client it names.
   */
  private String currentVersion(String path) {
    ApiClient.Response itself = f.api.get("/api/v1" + path, f.token(DemoUser.ADMIN_OKAFOR));
    if (itself.status() == 200 && itself.header("ETag") != null) {
      return itself.header("ETag");
    }
    java.util.regex.Matcher house =
        java.util.regex.Pattern.compile("/houses/(\\d+)$").matcher(path);
    if (house.find()) {
      // a house's version is in the list of houses
      return expect(200, f.api.get("/api/v1/houses", f.token(DemoUser.ADMIN_OKAFOR)))
          .array()
          .getValuesAs(jakarta.json.JsonObject.class)
          .stream()
          .filter(h -> h.getJsonNumber("id").longValue() == Long.parseLong(house.group(1)))
          .map(h -> "\"" + h.getJsonNumber("version").longValue() + "\"")
          .findFirst()
          .orElseThrow();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/clients/(\\d+)").matcher(path);
    if (!m.find()) {
      throw new IllegalStateException("a PUT without a client: " + path);
    }
    return expect(200, f.api.get("/api/v1/clients/" + m.group(1), f.token(DemoUser.ADMIN_OKAFOR)))
        .header("ETag");
  }

  private Map<Caller, String> tokens() {
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    tokens.put(Caller.CASE_MANAGER, f.token(DemoUser.CM_RIVERA));
    tokens.put(Caller.PROGRAM_ADMIN, f.token(DemoUser.ADMIN_OKAFOR));
    tokens.put(Caller.HOUSE_MANAGER, f.token(DemoUser.HM_JORDAN));
    tokens.put(Caller.CLINICIAN, f.token(DemoUser.DR_CHEN));
    tokens.put(Caller.INTEGRATION, f.platform.routesToken());
    return tokens;
  }

  static Map<String, String> forgedTokens(String valid) {
    String[] parts = valid.split("\\.");
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("no token", null);
    forged.put("garbage", "garbage");
    forged.put(
        "alg none",
        b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".");
    char[] sig = parts[2].toCharArray();
    sig[5] = sig[5] == 'A' ? 'B' : 'A';
    forged.put("bad signature", parts[0] + "." + parts[1] + "." + new String(sig));
    return forged;
  }

  private static String path(String template, ScopeFixtures.Resident r, long house, long report) {
    return template
        .replace("{reportId}", Long.toString(report))
        .replace("{clinicId}", Long.toString(r.clinicId()))
        .replace("{consentId}", Long.toString(r.consentId()))
        .replace("{summaryId}", Long.toString(r.summaryId()))
        .replace("{id}", Long.toString(r.clientId()))
        .replace("{clientId}", Long.toString(r.clientId()))
        .replace("{goalId}", Long.toString(r.goalId()))
        .replace("{milestoneId}", Long.toString(r.milestoneId()))
        .replace("{residencyId}", Long.toString(r.residencyId()))
        .replace("{seriesId}", Long.toString(r.seriesId()))
        .replace("{itemId}", Long.toString(r.attentionItemId()))
        .replace("{houseId}", Long.toString(house))
        .replace("{number}", "1")
        .replace("{periodStart}", Fixtures.today().minusDays(7).toString())
        .replace("{periodEnd}", Fixtures.today().minusDays(1).toString());
  }

  /**
   * The body with its placeholders filled: a lease only where one was arranged; {@code other} is a
   * house the resident does not live in ({@code $OTHER_HOUSE_ID}).
   */
  private static String body(
      String template,
      long house,
      String code,
      ScopeFixtures.Resident r,
      String lease,
      long other) {
    return template == null
        ? null
        : template
            .replace("$HOUSE_ID", Long.toString(house))
            .replace("$OTHER_HOUSE_ID", Long.toString(other))
            .replace("$HOUSE_CODE", code)
            .replace("$CLIENT_REF", r.clientRef())
            .replace("$UNIQUE", Fixtures.unique("M"))
            .replace("$LEASE", lease == null ? NO_LEASE : lease);
  }

  private static final String NO_LEASE = "00000000-0000-0000-0000-000000000000";

  /** A record of its own for one in-scope write, all in cm.rivera's and hm.jordan's scope. */
  private Target arrange(Arrange arrange) {
    return switch (arrange) {
      case SHARED -> new Target(data.maple, null);
      case FRESH_RESIDENT -> new Target(data.freshMapleResident(), null);
      case CLIENT_WITHOUT_STAY -> new Target(data.clientWithoutStay(), null);
      case CLAIMED_DELIVERY -> {
        ScopeFixtures.Resident r = data.freshMapleResident();
        long summary = f.summary(DemoUser.CM_RIVERA, r.clientId()).getInt("id");
        yield new Target(r.withSummary(summary), f.claim(summary));
      }
      case FAILED_DELIVERY -> {
        ScopeFixtures.Resident r = data.freshMapleResident();
        long summary = f.summary(DemoUser.CM_RIVERA, r.clientId()).getInt("id");
        expect(200, f.report(summary, f.claim(summary), "REFUSED", 400));
        yield new Target(r.withSummary(summary), null);
      }
      case POSITIVE_TEST -> {
        ScopeFixtures.Resident r = data.freshMapleResident();
        yield new Target(r, null, f.drugTest("MAPLE", r.clientId(), r.clientRef(), "POSITIVE"));
      }
      case DELIVERED_SUMMARY -> {
        ScopeFixtures.Resident r = data.freshMapleResident();
        long summary = f.summary(DemoUser.CM_RIVERA, r.clientId()).getInt("id");
        expect(200, f.report(summary, f.claim(summary), "DELIVERED", 201));
        yield new Target(r.withSummary(summary), null);
      }
    };
  }
}
