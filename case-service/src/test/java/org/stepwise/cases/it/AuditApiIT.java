package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * GET /api/v1/audit: program admins only, filterable, and it identifies records without content.
 */
class AuditApiIT {

  private final Fixtures f = new Fixtures();

  @Test
  void programAdminsSearchTheTrailByClientUserActionOutcomeAndTime() {
    String family = Fixtures.unique("Trail");
    long client = f.client(family);
    Instant since = Instant.now().minusSeconds(60);
    expect(200, f.api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_RIVERA)));
    assertEquals(404, f.api.get("/api/v1/clients/" + client, f.token(DemoUser.CM_PATEL)).status());

    String admin = f.token(DemoUser.ADMIN_OKAFOR);
    List<JsonObject> all = search(admin, "clientId=" + client);
    assertTrue(all.size() >= 3, "create, read, denied: " + all);
    for (JsonObject e : all) {
      assertEquals(client, e.getJsonNumber("clientId").longValue());
      assertFalse(
          e.toString().contains(family), "an event identifies the record, never its content");
    }
    List<JsonObject> denied = search(admin, "clientId=" + client + "&outcome=DENIED");
    assertEquals(1, denied.size());
    assertEquals("cm.patel", denied.get(0).getString("username"));
    assertEquals("DENIED", denied.get(0).getString("action"));
    List<JsonObject> reads =
        search(
            admin,
            "clientId="
                + client
                + "&user=cm.rivera&action=READ&from="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
    assertEquals(1, reads.size());
    assertEquals(
        0,
        search(
                admin,
                "clientId="
                    + client
                    + "&to="
                    + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8))
            .size());

    ValidationIT.assertProblem(
        f.api.get("/api/v1/audit?action=PEEK", admin), 400, "action", "UNKNOWN_VALUE");
    assertEquals(403, f.api.get("/api/v1/audit", f.token(DemoUser.CM_RIVERA)).status());
  }

  private List<JsonObject> search(String token, String query) {
    return expect(200, f.api.get("/api/v1/audit?" + query, token))
        .array()
        .getValuesAs(JsonObject.class);
  }
}
