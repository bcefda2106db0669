package org.stepwise.platform;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for case-service's REST API (demo data and tests). */
public final class ApiClient {

  private final String baseUrl;
  // HTTP/1.1 as browsers speak it over plain http: the JDK client's h2c upgrade otherwise races
  // Payara's early answers (a refusal sent before the body is read) into "RST_STREAM"
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** One response: status, headers and the body parsed as JSON when it is JSON. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

    public JsonValue json() {
      if (body == null || body.isBlank()) {
        return JsonValue.NULL;
      }
      JsonStructure parsed = Json.createReader(new StringReader(body)).read();
      return parsed;
    }

    public jakarta.json.JsonObject object() {
      return json().asJsonObject();
    }

    public jakarta.json.JsonArray array() {
      return json().asJsonArray();
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  public Response get(String path, String token) {
    return send("GET", path, token, null, Map.of());
  }

  public Response post(String path, String token, String json) {
    return send("POST", path, token, json, Map.of());
  }

  public Response put(String path, String token, String json, Map<String, String> headers) {
    return send("PUT", path, token, json, headers);
  }

  public Response send(
      String method, String path, String token, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    request.header("Accept", "application/json");
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
