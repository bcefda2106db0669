package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.it.SecurityMatrixIT.Caller;
import org.stepwise.cases.it.SecurityMatrixIT.Expect;
import org.stepwise.platform.DemoUser;

/**
 * No task needs curl: every operation of the OpenAPI document that the security matrix lets a
 * person's role perform has a control on one of that role's screens. The browser walks each role's
 * screens (every folded form opened) on records that have everything a control needs (a goal with a
 * milestone, a stay, a consent, an open attention item, a positive drug test, a failed delivery, a
 * summary not acknowledged); an operation counts as covered when a screen called it (reads, seen by
 * a spy on fetch) or a control on a screen declares it performs it ({@code data-operation}, the
 * control that sends it). An endpoint added without its form fails here with its name, unless it is
 * on the short list below, each with its reason.
 */
class OperationCoverageWebIT {

  /**
   * What a person's role may do in the API but needs no control for, and why: "OP" for every role,
   * "login OP" for one.
   */
  private static final Map<String, String> EXCLUDED =
      Map.ofEntries(
          Map.entry(
              "POST /intake-reports",
              "the routes report the files they read; a person reads the reports, never writes one"),
          Map.entry(
              "POST /attention-runs",
              "the routes run the rules every hour; an admin runs them by hand only to test rules"),
          Map.entry(
              "POST /summary-runs",
              "the routes run the weekly summaries on each clinic's cadence; a case manager makes"
                  + " one on demand on the client's page"),
          Map.entry(
              "cm.rivera GET /clients/{}/relapse-prevention-plan/emergency-contacts",
              "the house manager's slice of the plan; the case manager sees the whole plan,"
                  + " contacts included"),
          Map.entry(
              "admin.okafor GET /clients/{}/relapse-prevention-plan/emergency-contacts",
              "as for the case manager: the whole plan is on the client's page"),
          Map.entry(
              "cm.rivera GET /clients/{}/trigger-log/pattern",
              "the client's overview carries the same pattern, and the page shows it from there"),
          Map.entry(
              "admin.okafor GET /clients/{}/trigger-log/pattern",
              "as for the case manager: the pattern comes with the overview"),
          Map.entry(
              "hm.jordan POST /clients/{}/attendance",
              "the house sheet records one resident's meeting or many (POST /attendance/batches)"),
          Map.entry(
              "dr.chen GET /codes",
              "a summary is a FHIR document that carries its own display text; the clinician's"
                  + " screens need no code list"));

  private static final Map<DemoUser, Caller> ROLES =
      Map.of(
          DemoUser.CM_RIVERA, Caller.CASE_MANAGER,
          DemoUser.ADMIN_OKAFOR, Caller.PROGRAM_ADMIN,
          DemoUser.HM_JORDAN, Caller.HOUSE_MANAGER,
          DemoUser.DR_CHEN, Caller.CLINICIAN);

  private final ScopeFixtures data = new ScopeFixtures();
  private final Fixtures f = data.f;
  private final String base = f.platform.serviceUrl();

  @Test
  void everyOperationARoleMayPerformHasAControlOnOneOfItsScreens() throws Exception {
    ScopeFixtures.Resident r = data.freshMapleResident();
    f.drugTest("MAPLE", r.clientId(), r.clientRef(), "POSITIVE");
    long failed = f.summary(DemoUser.CM_RIVERA, data.maple.clientId()).getInt("id");
    expect(200, f.report(failed, f.claim(failed), "REFUSED", 400));
    long unacknowledged = f.summary(DemoUser.CM_RIVERA, r.clientId()).getInt("id");
    f.delivered(unacknowledged);
    // a second version of the plan: the page offers what changed between the two
    expect(
        200,
        f.api.send(
            "PUT",
            "/api/v1/clients/" + r.clientId() + "/relapse-prevention-plan",
            f.token(DemoUser.CM_RIVERA),
            Fixtures.PLAN,
            Map.of("If-Match", "\"1\"")));
    String client = "#/clients/" + r.clientId();
    String homeless = "#/clients/" + f.client(Fixtures.unique("Nohouse"));
    Map<DemoUser, List<String>> screens = new LinkedHashMap<>();
    screens.put(DemoUser.CM_RIVERA, List.of("#/today", "#/caseload", client, homeless));
    screens.put(
        DemoUser.ADMIN_OKAFOR,
        List.of("#/today", "#/caseload", client, homeless, "#/admin", "#/house"));
    screens.put(DemoUser.HM_JORDAN, List.of("#/house"));
    screens.put(DemoUser.DR_CHEN, List.of("#/summaries", "#/summaries/" + unacknowledged));

    Set<String> documented = documentedOperations();
    Map<String, Map<Caller, Expect>> matrix = new TreeMap<>();
    SecurityMatrixIT.entries().forEach(e -> matrix.put(template(e.key()), e.expect()));
    List<String> missing = new ArrayList<>();
    documented.stream()
        .filter(op -> !matrix.containsKey(op))
        .forEach(op -> missing.add(op + ": in the OpenAPI document but not in the matrix"));
    StringBuilder counts = new StringBuilder("%nOperations with a control, per role:%n");
    for (var role : screens.entrySet()) {
      Caller caller = ROLES.get(role.getKey());
      Set<String> may = new TreeSet<>();
      matrix.forEach(
          (op, expect) -> {
            if (expect.get(caller) == Expect.PASS && documented.contains(op)) {
              may.add(op);
            }
          });
      Set<String> found = walk(role.getKey(), role.getValue(), documented);
      int covered = 0;
      String login = role.getKey().username();
      long excluded = 0;
      for (String op : may) {
        if (found.contains(op)) {
          covered++;
        } else if (EXCLUDED.containsKey(op) || EXCLUDED.containsKey(login + " " + op)) {
          excluded++;
        } else {
          missing.add(login + " may " + op + " but no screen has its control");
        }
      }
      counts.append(
          "  %-13s %d of %d (%d excluded)%n".formatted(login, covered, may.size(), excluded));
    }
    counts.append("Excluded, with the reason:%n");
    EXCLUDED.forEach((op, why) -> counts.append("  %s: %s%n".formatted(op, why)));
    System.out.printf(counts.toString());
    assertEquals(List.of(), missing);
  }

  /** The operations each screen called or has a control for, as templates. */
  private Set<String> walk(DemoUser user, List<String> hashes, Set<String> documented)
      throws Exception {
    Set<String> found = new TreeSet<>();
    try (Browser b = Browser.open(1280, 1000)) {
      b.recordCalls();
      b.login(base, user, hashes.get(0));
      for (String hash : hashes) {
        b.screen(base, hash);
        Fixtures.pause(300);
        b.driver.executeScript(
            "document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        Fixtures.pause(500); // what a folded part fetches when it opens
        Object declared =
            b.driver.executeScript(
                "return [...document.querySelectorAll('[data-operation]')]"
                    + ".flatMap((e) => e.dataset.operation.split(';')).map((o) => o.trim())");
        for (Object op : (List<?>) declared) {
          found.add(template((String) op));
        }
      }
      for (String call : b.calls()) {
        found.add(operationOf(call, documented));
      }
    }
    return found;
  }

  /** The operations the served OpenAPI document lists, as "METHOD /path" templates. */
  private Set<String> documentedOperations() throws Exception {
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/openapi?format=JSON"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Set<String> ops = new TreeSet<>();
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonObject paths = reader.readObject().getJsonObject("paths");
      paths.forEach(
          (path, item) ->
              item.asJsonObject()
                  .keySet()
                  .forEach(
                      verb -> {
                        if (Set.of("get", "post", "put", "delete", "patch").contains(verb)) {
                          ops.add(template(verb.toUpperCase() + " " + path.replace("/api/v1", "")));
                        }
                      }));
    }
    return ops;
  }

  /** "PUT /clients/{id}/step-down-plan" as "PUT /clients/{}/step-down-plan". */
  static String template(String operation) {
    return operation.replaceAll("\\{[^}]*}", "{}");
  }

  /**
   * The documented operation a call was made to ("GET /clients/42/goals" → "GET
   * /clients/{}/goals").
   */
  private static String operationOf(String call, Set<String> documented) {
    String[] parts = call.split("/", -1);
    String best = call;
    int literals = -1;
    for (String op : documented) {
      String[] template = op.split("/", -1);
      if (template.length != parts.length || !parts[0].equals(template[0])) {
        continue;
      }
      int same = 0;
      boolean matches = true;
      for (int i = 1; i < parts.length && matches; i++) {
        if (template[i].equals(parts[i])) {
          same++;
        } else {
          matches = template[i].equals("{}");
        }
      }
      if (matches && same > literals) {
        best = op;
        literals = same;
      }
    }
    return best;
  }
}
