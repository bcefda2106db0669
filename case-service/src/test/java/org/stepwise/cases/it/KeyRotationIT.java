package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * Tokens are checked locally against the realm's keys: requests do not call Keycloak (its own
 * metrics count the key fetches), and a new signing key is picked up without a restart.
 */
class KeyRotationIT {

  private final Fixtures f = new Fixtures();
  private final KeycloakAdmin admin = new KeycloakAdmin(f.platform);

  @Test
  void requestsAreCheckedWithoutCallingKeycloak() {
    long client = f.client(Fixtures.unique("Local"));
    String token = f.token(DemoUser.CM_RIVERA);
    expect(200, f.api.get("/api/v1/clients/" + client, token));
    double before = certsFetched();
    for (int i = 0; i < 50; i++) {
      expect(200, f.api.get("/api/v1/clients/" + client, token));
    }
    double fetches = certsFetched() - before;
    System.out.printf("JWKS fetched %.0f times for 50 authenticated requests%n", fetches);
    assertTrue(fetches <= 2, "keys are cached, not fetched per request: " + fetches);
  }

  @Test
  void aRotatedSigningKeyIsAcceptedWithoutARestart() throws Exception {
    long client = f.client(Fixtures.unique("Rotate"));
    String kid = admin.rotateSigningKey();
    String token = admin.tokenFrom("stepwise-cli", "cm.rivera", DemoUser.CM_RIVERA.password());
    assertEquals(kid, kidOf(token), "Keycloak signs with the new key");
    // payara-mp-jwt.properties: the realm's keys are fetched again after 15 s
    Instant deadline = Instant.now().plus(Duration.ofSeconds(25));
    int status;
    do {
      status = f.api.get("/api/v1/clients/" + client, token).status();
      if (status != 200) {
        Thread.sleep(500);
      }
    } while (status != 200 && Instant.now().isBefore(deadline));
    assertEquals(200, status, "the new key is picked up within the key cache's lifetime");
  }

  /** Requests Keycloak served for the realm's keys, from its own Prometheus metrics. */
  private double certsFetched() {
    String metrics;
    try {
      metrics =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(f.platform.keycloakManagementUrl() + "/metrics"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString())
              .body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    List<String> lines =
        metrics
            .lines()
            .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
            .filter(l -> l.contains("/certs\""))
            .toList();
    assertTrue(!lines.isEmpty(), "Keycloak's metrics count requests for the realm's keys");
    return lines.stream()
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1).strip()))
        .sum();
  }

  private static String kidOf(String token) {
    String header =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    return Json.createReader(new java.io.StringReader(header)).readObject().getString("kid");
  }
}
