package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Issue 12, item 8: a caseload belongs to the token's immutable subject, not to the username. When
 * a case manager leaves and their login is given to someone else, the newcomer signs in as the same
 * username and gets none of the caseload; an admin assigning that login reaches the newcomer.
 */
class CaseloadSubjectIT {

  private final Fixtures f = new Fixtures();
  private final KeycloakAdmin keycloak = new KeycloakAdmin(f.platform);

  @Test
  void aRecycledLoginInheritsNoCaseload() {
    String login = Fixtures.unique("cm.leaver").toLowerCase();
    String leaver = keycloak.createUser("stepwise", login, "Leaver-Pass-2026", "case-manager");
    String leaverToken = keycloak.tokenFrom("stepwise-cli", login, "Leaver-Pass-2026");
    long client =
        expect(
                201,
                f.api.post(
                    "/api/v1/clients",
                    leaverToken,
                    Fixtures.clientBody(Fixtures.unique("Caseload")).build().toString()))
            .object()
            .getJsonNumber("id")
            .longValue();
    expect(200, f.api.get("/api/v1/clients/" + client, leaverToken));
    assertEquals(List.of(client), caseload(leaverToken, null));

    keycloak.deleteUser("stepwise", leaver);
    keycloak.createUser("stepwise", login, "Newcomer-Pass-2026", "case-manager");
    String newcomer = keycloak.tokenFrom("stepwise-cli", login, "Newcomer-Pass-2026");

    ApiClient.Response chart = f.api.get("/api/v1/clients/" + client, newcomer);
    assertEquals(404, chart.status(), "the newcomer opened the leaver's client: " + chart.body());
    assertEquals(List.of(), caseload(newcomer, null), "the newcomer's caseload");
    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    ApiClient.Response asAdmin = expect(200, f.api.get("/api/v1/clients/" + client, admin));
    JsonObject kept = asAdmin.object();
    assertEquals(login, kept.getString("caseManager"), "shown under the login it was assigned to");
    assertEquals(List.of(), caseload(admin, login), "the login's caseload is the newcomer's");

    // reassigned by the admin, by login: it reaches the one who holds the login now
    expect(
        200,
        f.api.put(
            "/api/v1/clients/" + client + "/case-manager",
            admin,
            "{\"caseManager\":\"" + login + "\"}",
            java.util.Map.of("If-Match", asAdmin.header("ETag"))));
    expect(200, f.api.get("/api/v1/clients/" + client, newcomer));
    assertEquals(List.of(client), caseload(admin, login));
  }

  @Test
  void anAssignmentToALoginNobodyHoldsIsRefused() {
    long client = f.client(Fixtures.unique("Unassigned"));
    ApiClient.Response r =
        f.api.put(
            "/api/v1/clients/" + client + "/case-manager",
            f.token(DemoUser.ADMIN_OKAFOR),
            "{\"caseManager\":\"cm.nobody-has-this\"}",
            java.util.Map.of("If-Match", f.etag(client)));
    assertEquals(422, r.status(), r.body());
    assertTrue(r.body().contains("UNKNOWN_CASE_MANAGER"), r.body());
  }

  private List<Long> caseload(String token, String caseManager) {
    String query = caseManager == null ? "" : "&caseManager=" + caseManager;
    return expect(200, f.api.get("/api/v1/clients?size=100" + query, token))
        .object()
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(c -> c.getJsonNumber("clientId").longValue())
        .toList();
  }
}
