package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stepwise.platform.ApiClient;

/**
 * Issue 12, acceptance 1 and 2: the production realm ({@code
 * keycloak-realm/stepwise-realm.production.json}) holds no user, no password-grant client and no
 * secret; imported into the real Keycloak (its {@code ${…}} placeholders filled as {@code
 * --import-realm} fills them from the environment), it gives the routes a token only for the secret
 * set at import, and a case manager logs in through Keycloak's own pages with a second factor: TOTP
 * set up at the first log-in and asked for at the next, codes computed here.
 */
class ProductionRealmIT {

  private static final Path FILE = Path.of("../keycloak-realm/stepwise-realm.production.json");
  private static final String REALM =
      "stepwise-prod-" + Long.toString(System.nanoTime() % 100_000, 36);
  private static final String ROUTES_SECRET = UUID.randomUUID().toString();

  private static final Fixtures f = new Fixtures();
  private static KeycloakAdmin admin;
  private static ApiClient keycloak;

  @BeforeAll
  static void importTheRealm() throws Exception {
    admin = new KeycloakAdmin(f.platform);
    keycloak = new ApiClient(f.platform.keycloakUrl());
    String realm =
        Files.readString(FILE)
            .replace("${STEPWISE_ROUTES_CLIENT_SECRET}", ROUTES_SECRET)
            .replace("${STEPWISE_WEB_URL}", f.platform.serviceUrl())
            .replace("\"realm\": \"stepwise\"", "\"realm\": \"" + REALM + "\"");
    ApiClient.Response created = keycloak.post("/admin/realms", admin.adminToken(), realm);
    assertEquals(201, created.status(), created.body());
  }

  @Test
  void theFileHoldsNoUserNoPasswordGrantAndNoSecret() throws Exception {
    JsonObject file = Json.createReader(Files.newBufferedReader(FILE)).readObject();
    for (JsonValue u : file.getJsonArray("users")) {
      assertTrue(
          u.asJsonObject().containsKey("serviceAccountClientId"),
          "only the routes' service account: " + u);
      assertFalse(u.asJsonObject().containsKey("credentials"));
    }
    for (JsonValue c : file.getJsonArray("clients")) {
      JsonObject client = c.asJsonObject();
      assertFalse(
          client.getBoolean("directAccessGrantsEnabled", false),
          client.getString("clientId") + " has the password grant");
      if (client.containsKey("secret")) {
        assertTrue(
            client.getString("secret").matches("\\$\\{[A-Z_]+}"),
            "a placeholder, not a secret: " + client.getString("clientId"));
      }
    }
    String text = Files.readString(FILE);
    assertFalse(text.contains("routes-demo-secret"), "the demo secret");
    assertFalse(text.contains("stepwise-cli"), "the password-grant client");
  }

  @Test
  void importedItHasNoUsersAndGivesTheRoutesATokenOnlyForItsOwnSecret() throws Exception {
    var users = keycloak.get("/admin/realms/" + REALM + "/users?q=", admin.adminToken()).array();
    assertEquals(
        0,
        users.getValuesAs(JsonObject.class).stream()
            .filter(u -> !u.getString("username").startsWith("service-account-"))
            .count(),
        users.toString());
    assertEquals(200, routesToken(ROUTES_SECRET));
    assertEquals(401, routesToken("routes-demo-secret-change-me"));
    for (String client : new String[] {"stepwise-web", "stepwise-routes", "admin-cli"}) {
      int status =
          token(
              Map.of(
                  "grant_type", "password",
                  "client_id", client,
                  "username", "nobody",
                  "password", "nothing"));
      assertTrue(status == 400 || status == 401, client + " answered the password grant " + status);
    }
  }

  @Test
  void aCaseManagerSetsUpTotpAtTheFirstLogInAndGivesACodeAtTheNext() throws Exception {
    String password = "Totp-test-2026-" + UUID.randomUUID().toString().substring(0, 6);
    String user = "cm.mfa";
    createCaseManager(user, password);
    // an address the realm allows that is not the web app (which would go on to its own realm)
    String redirect = f.platform.serviceUrl() + "/app/logged-in";
    String secret;
    try (Browser first = Browser.open(1280, 1000)) {
      var driver = first.driver();
      driver.get(authorizeUrl(redirect));
      logIn(first, user, password);
      // the required action: set up an authenticator, its key shown as text on request
      first.waitFor(By.id("mode-manual")).click();
      secret = first.waitFor(By.id("kc-totp-secret-key")).getText();
      driver.findElement(By.id("totp")).sendKeys(Totp.code(secret, Instant.now(), 0));
      driver.findElement(By.id("saveTOTPBtn")).click();
      awaitRedirect(first, redirect);
    }
    try (Browser next = Browser.open(1280, 1000)) {
      var driver = next.driver();
      driver.get(authorizeUrl(redirect));
      logIn(next, user, password);
      // a code of the next window (the realm looks one ahead), so it is not the one used above
      next.waitFor(By.id("otp")).sendKeys(Totp.code(secret, Instant.now(), 1));
      driver.findElement(By.id("kc-login")).click();
      awaitRedirect(next, redirect);
    }
    try (Browser wrong = Browser.open(1280, 1000)) {
      wrong.driver().get(authorizeUrl(redirect));
      logIn(wrong, user, password);
      wrong.waitFor(By.id("otp")).sendKeys("000000");
      wrong.driver().findElement(By.id("kc-login")).click();
      wrong.waitFor(By.id("otp"));
      assertFalse(wrong.driver().getCurrentUrl().startsWith(redirect), "a wrong code is refused");
    }
  }

  private static void logIn(Browser b, String user, String password) {
    b.waitFor(By.id("username")).sendKeys(user);
    b.driver().findElement(By.id("password")).sendKeys(password);
    b.driver().findElement(By.id("kc-login")).click();
  }

  private static void awaitRedirect(Browser b, String redirect) {
    new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("code="));
    assertTrue(b.driver().getCurrentUrl().startsWith(redirect), b.driver().getCurrentUrl());
  }

  private static String authorizeUrl(String redirect) throws Exception {
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    return f.platform.keycloakUrl()
        + "/realms/"
        + REALM
        + "/protocol/openid-connect/auth?client_id=stepwise-web&response_type=code&scope=openid"
        + "&redirect_uri="
        + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
        + "&code_challenge="
        + challenge
        + "&code_challenge_method=S256&state=totp-test";
  }

  private static void createCaseManager(String username, String password) {
    admin.createUser(REALM, username, password, "case-manager");
  }

  /** The status of a client-credentials request for the routes' account with this secret. */
  private static int routesToken(String secret) throws Exception {
    return token(
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            "stepwise-routes",
            "client_secret",
            secret));
  }

  private static int token(Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .reduce((a, b) -> a + "&" + b)
            .orElse("");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    f.platform.keycloakUrl()
                        + "/realms/"
                        + REALM
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
