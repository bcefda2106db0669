package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.Tokens;

/**
 * Keycloak's admin REST API, for tests that need what the realm deliberately does not offer: a
 * client without the API audience, a client with very short-lived tokens, a rotated signing key.
 * Uses the local Keycloak's bootstrap admin (master realm).
 */
final class KeycloakAdmin {

  private final TestPlatform platform;
  private final ApiClient keycloak;
  private final Tokens master;

  KeycloakAdmin(TestPlatform platform) {
    this.platform = platform;
    this.keycloak = new ApiClient(platform.keycloakUrl());
    this.master = new Tokens(platform.keycloakUrl() + "/realms/master", "admin-cli");
  }

  String adminToken() {
    return master.accessToken("admin", "admin-local-only");
  }

  /** A token from the master realm: right signature format, wrong issuer. */
  String masterRealmToken() {
    return adminToken();
  }

  /** Creates (once) a public client with the password grant, for tests only. */
  void ensureTestClient(String clientId, boolean withAudience, Integer tokenLifespanSeconds) {
    ApiClient.Response existing =
        keycloak.get("/admin/realms/stepwise/clients?clientId=" + clientId, adminToken());
    if (!existing.array().isEmpty()) {
      return;
    }
    var mappers =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("name", "groups")
                    .add("protocol", "openid-connect")
                    .add("protocolMapper", "oidc-usermodel-realm-role-mapper")
                    .add(
                        "config",
                        Json.createObjectBuilder()
                            .add("claim.name", "groups")
                            .add("multivalued", "true")
                            .add("access.token.claim", "true")));
    if (withAudience) {
      mappers.add(
          Json.createObjectBuilder()
              .add("name", "audience")
              .add("protocol", "openid-connect")
              .add("protocolMapper", "oidc-audience-mapper")
              .add(
                  "config",
                  Json.createObjectBuilder()
                      .add("included.client.audience", "stepwise-api")
                      .add("access.token.claim", "true")));
    }
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    if (tokenLifespanSeconds != null) {
      attributes.add("access.token.lifespan", tokenLifespanSeconds.toString());
    }
    JsonObject client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("enabled", true)
            .add("publicClient", true)
            .add("directAccessGrantsEnabled", true)
            .add("standardFlowEnabled", false)
            .add("protocolMappers", mappers)
            .add("attributes", attributes)
            .build();
    ApiClient.Response created =
        keycloak.post("/admin/realms/stepwise/clients", adminToken(), client.toString());
    assertTrue(created.status() == 201 || created.status() == 409, created::body);
  }

  /**
   * Sets (or with null removes) the access-token lifespan of an existing client, e.g. to let a
   * browser test see its tokens expire; returns the value it had.
   */
  String setAccessTokenLifespan(String clientId, String seconds) {
    JsonObject client =
        keycloak
            .get("/admin/realms/stepwise/clients?clientId=" + clientId, adminToken())
            .array()
            .getJsonObject(0);
    JsonObject attributes =
        client.containsKey("attributes")
            ? client.getJsonObject("attributes")
            : JsonValue.EMPTY_JSON_OBJECT;
    String before =
        attributes.containsKey("access.token.lifespan")
            ? attributes.getString("access.token.lifespan")
            : null;
    JsonObjectBuilder changed = Json.createObjectBuilder(attributes);
    if (seconds == null) {
      changed.remove("access.token.lifespan");
    } else {
      changed.add("access.token.lifespan", seconds);
    }
    JsonObject updated = Json.createObjectBuilder(client).add("attributes", changed).build();
    ApiClient.Response r =
        keycloak.put(
            "/admin/realms/stepwise/clients/" + client.getString("id"),
            adminToken(),
            updated.toString(),
            java.util.Map.of());
    assertTrue(r.status() == 204, r::body);
    return before;
  }

  /** A password-grant token for {@code clientId} (no caching: each call is a new token). */
  String tokenFrom(String clientId, String username, String password) {
    return new Tokens(platform.issuer(), clientId).accessToken(username, password);
  }

  /** Adds a new RSA signing key that outranks the current one; returns its kid. */
  String rotateSigningKey() {
    String realmId = keycloak.get("/admin/realms/stepwise", adminToken()).object().getString("id");
    JsonObject component =
        Json.createObjectBuilder()
            .add("name", "rotated-" + System.nanoTime())
            .add("providerId", "rsa-generated")
            .add("providerType", "org.keycloak.keys.KeyProvider")
            .add("parentId", realmId)
            .add(
                "config",
                Json.createObjectBuilder()
                    .add(
                        "priority",
                        Json.createArrayBuilder().add("" + (1000 + System.nanoTime() % 1000)))
                    .add("keySize", Json.createArrayBuilder().add("2048"))
                    .add("active", Json.createArrayBuilder().add("true"))
                    .add("enabled", Json.createArrayBuilder().add("true"))
                    .add("algorithm", Json.createArrayBuilder().add("RS256")))
            .build();
    ApiClient.Response created =
        keycloak.post("/admin/realms/stepwise/components", adminToken(), component.toString());
    assertTrue(created.status() == 201, created::body);
    JsonObject keys = keycloak.get("/admin/realms/stepwise/keys", adminToken()).object();
    return keys.getJsonObject("active").getString("RS256");
  }

  /** Creates an enabled user with a password and one realm role; returns the user's id. */
  String createUser(String realm, String username, String password, String realmRole) {
    String token = adminToken();
    ApiClient.Response made =
        keycloak.post(
            "/admin/realms/" + realm + "/users",
            token,
            Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("firstName", "Casey")
                .add("lastName", "Test")
                .add("email", username + "@example.org")
                .add("emailVerified", true)
                .add(
                    "credentials",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "password")
                                .add("value", password)
                                .add("temporary", false)))
                .build()
                .toString());
    assertTrue(made.status() == 201, made::body);
    String location = made.header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    JsonObject role =
        keycloak.get("/admin/realms/" + realm + "/roles/" + realmRole, token).object();
    ApiClient.Response mapped =
        keycloak.post(
            "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm",
            token,
            Json.createArrayBuilder().add(role).build().toString());
    assertTrue(mapped.status() == 204, mapped::body);
    return id;
  }

  /** Deletes a user (their login becomes free for someone else). */
  void deleteUser(String realm, String id) {
    ApiClient.Response r =
        keycloak.send(
            "DELETE",
            "/admin/realms/" + realm + "/users/" + id,
            adminToken(),
            null,
            java.util.Map.of());
    assertTrue(r.status() == 204, r::body);
  }
}
