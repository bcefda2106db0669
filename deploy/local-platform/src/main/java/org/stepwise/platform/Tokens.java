package org.stepwise.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Gets real access tokens from Keycloak: the password grant on the local/test-only {@code
 * stepwise-cli} client, and client credentials for the routes' service account. Cached until
 * shortly before they expire.
 */
public final class Tokens {

  private final String tokenUrl;
  private final String passwordClient;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(String token, Instant refreshAfter) {}

  public Tokens(String issuer) {
    this(issuer, "stepwise-cli");
  }

  /** Tokens from another realm or client, for the password grant (tests and local tools). */
  public Tokens(String issuer, String passwordClient) {
    this.tokenUrl = issuer + "/protocol/openid-connect/token";
    this.passwordClient = passwordClient;
  }

  public String accessToken(DemoUser user) {
    return accessToken(user.username(), user.password());
  }

  public String accessToken(String username, String password) {
    return cached(
        "user:" + username,
        Map.of(
            "grant_type", "password",
            "client_id", passwordClient,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  public String clientCredentials(String clientId, String secret) {
    return cached(
        "client:" + clientId,
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private String cached(String key, Map<String, String> form) {
    Cached hit = cache.get(key);
    if (hit != null && Instant.now().isBefore(hit.refreshAfter())) {
      return hit.token();
    }
    JsonObject response = post(form);
    String token = response.getString("access_token");
    long lifetime = response.getJsonNumber("expires_in").longValue();
    cache.put(key, new Cached(token, Instant.now().plusSeconds(Math.max(5, lifetime - 30))));
    return token;
  }

  private JsonObject post(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token (" + response.statusCode() + "): " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak did not answer at " + tokenUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
