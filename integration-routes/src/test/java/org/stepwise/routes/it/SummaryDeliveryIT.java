package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.routes.it.IntakeFixtures.await;
import static org.stepwise.routes.it.SummaryFixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Progress summaries from case-service to a clinic through the real routes: a real HTTP server
 * standing for the clinic's FHIR endpoint (parsing and validating with HAPI), a real SFTP server,
 * real Keycloak and PostgreSQL.
 */
class SummaryDeliveryIT {

  private final RoutesTestPlatform platform = RoutesTestPlatform.get();
  private final SummaryFixtures f = new SummaryFixtures(platform);

  @Test
  void aConsentedClientsWeeklySummaryReachesTheClinicOnceValidAndWithConsentedSectionsOnly()
      throws Exception {
    try (ClinicFhirServer clinic = new ClinicFhirServer()) {
      clinic.requireBearer = true;
      String code =
          f.clinic(
              Json.createObjectBuilder()
                  .add("channel", "FHIR")
                  .add("endpoint", clinic.endpoint())
                  .add("auth", "OAUTH2_CLIENT_CREDENTIALS")
                  .add("tokenUrl", platform.tokenUrl())
                  .add("authClient", "stepwise-routes"));
      long client = f.referredClient(code);
      f.consent(client, code, today().plusDays(60), "ATTENDANCE", "GOALS");
      var lastMonday =
          today()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .minusWeeks(1)
              .atTime(19, 0)
              .atZone(IntakeFixtures.ZONE);
      f.attended(client, lastMonday, "a");
      f.attended(client, lastMonday.plusDays(2), "b");
      f.goal(client, "EMPLOYMENT", "Full-time job at the bakery");
      Map<String, String> routes = f.routes(true);
      // the clinic's secret is the routes' own configuration, never case-service's
      routes.put(
          "stepwise.clinic." + code.toLowerCase() + ".secret", "routes-demo-secret-change-me");
      try (RoutesRunner runner = RoutesRunner.start(routes)) {
        await(() -> status(client).equals("DELIVERED"), Duration.ofSeconds(60), "delivery");
      }
      JsonObject summary = f.summaries(client).getJsonObject(0);
      assertEquals("CADENCE", summary.getString("kind"));
      String identifier = "urn:uuid:" + summary.getString("bundleId");
      List<Bundle> copies = clinic.copiesOf(identifier);
      assertEquals(1, copies.size(), "copies at the clinic");
      assertEquals(List.of(), clinic.validationErrors, "FHIR R4 validation");
      assertTrue(clinic.authorizations.stream().allMatch(a -> a.startsWith("Bearer ")));
      Bundle bundle = copies.get(0);
      assertEquals(Bundle.BundleType.DOCUMENT, bundle.getType());
      assertEquals(
          Set.of("R", "42CFRPart2", "ETH"),
          bundle.getMeta().getSecurity().stream().map(Coding::getCode).collect(Collectors.toSet()));
      Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
      assertEquals(
          List.of("Notice to the recipient (42 CFR 2.32)", "Meeting attendance", "Goals"),
          composition.getSection().stream().map(Composition.SectionComponent::getTitle).toList());
      assertTrue(
          composition
              .getSectionFirstRep()
              .getText()
              .getDivAsString()
              .contains("42 CFR part 2 prohibits unauthorized use or disclosure of these records"));
      assertTrue(composition.getSection().get(1).getText().getDivAsString().contains("2 attended"));
    }
  }

  @Test
  void aRevokedOrExpiredConsentLetsNothingLeave() throws Exception {
    try (ClinicFhirServer clinic = new ClinicFhirServer()) {
      String code = f.clinic(SummaryFixtures.fhir(clinic.endpoint()));
      long revokedClient = f.referredClient(code);
      long consent = f.consent(revokedClient, code, today().plusDays(60), "ATTENDANCE");
      long generated = f.summaryNow(revokedClient).getInt("id");
      f.revoke(revokedClient, consent);
      long expiredClient = f.referredClient(code);
      f.consent(expiredClient, code, today().minusDays(1), "ATTENDANCE");
      JsonObject expired = f.summaryNow(expiredClient);
      assertEquals("WITHHELD", expired.getString("status"));
      assertEquals("CONSENT_EXPIRED", expired.getString("statusReason"));
      try (RoutesRunner runner = RoutesRunner.start(f.routes(false))) {
        await(
            () -> f.summary(revokedClient, generated).getString("status").equals("WITHHELD"),
            Duration.ofSeconds(30),
            "the revoked consent's summary withheld");
        Thread.sleep(1000); // a few more polls
      }
      assertEquals(
          "CONSENT_REVOKED", f.summary(revokedClient, generated).getString("statusReason"));
      assertEquals(List.of(), clinic.posts, "nothing reached the clinic");
    }
  }

  @Test
  void aClinicDownThenUpGetsExactlyOneCopyEvenWhenAnAnswerIsLost() throws Exception {
    try (ClinicFhirServer clinic = new ClinicFhirServer()) {
      String code = f.clinic(SummaryFixtures.fhir(clinic.endpoint()));
      long client = f.referredClient(code);
      f.consent(client, code, today().plusDays(60), "ATTENDANCE");
      JsonObject made = f.summaryNow(client);
      long summary = made.getInt("id");
      clinic.stop();
      try (RoutesRunner runner = RoutesRunner.start(f.routes(false))) {
        await(
            () -> f.summary(client, summary).getInt("attempts") >= 1,
            Duration.ofSeconds(30),
            "a failed attempt");
        JsonObject failing = f.summary(client, summary);
        assertEquals("PENDING", failing.getString("status"));
        assertTrue(failing.getString("lastError").startsWith("no answer"));
        // back up, but the answer to the first POST that gets through is lost on the way
        clinic.loseNextAnswer.set(true);
        clinic.start();
        await(
            () -> f.summary(client, summary).getString("status").equals("DELIVERED"),
            Duration.ofSeconds(60),
            "delivery once the clinic is back");
      }
      String identifier = "urn:uuid:" + made.getString("bundleId");
      assertTrue(clinic.posts.size() >= 2, "the lost answer was followed by a retry");
      assertEquals(1, clinic.copiesOf(identifier).size(), "copies at the clinic");
    }
  }

  @Test
  void aClinicRefusingWithA4xxEndsFailedAfterOneAttemptAndAnAdminCanRetryIt() throws Exception {
    try (ClinicFhirServer clinic = new ClinicFhirServer()) {
      clinic.refuse.set(true);
      String code = f.clinic(SummaryFixtures.fhir(clinic.endpoint()));
      long client = f.referredClient(code);
      f.consent(client, code, today().plusDays(60), "ATTENDANCE");
      long summary = f.summaryNow(client).getInt("id");
      String admin = platform.token(DemoUser.ADMIN_OKAFOR);
      try (RoutesRunner runner = RoutesRunner.start(f.routes(false))) {
        await(
            () -> f.summary(client, summary).getString("status").equals("FAILED"),
            Duration.ofSeconds(30),
            "FAILED");
        Thread.sleep(1500); // polls go on; nothing is tried again
        assertEquals(1, clinic.posts.size(), "attempts at the clinic");
        ApiClient.Response failed = platform.api.get("/api/v1/deliveries?status=FAILED", admin);
        JsonObject listed =
            failed.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getInt("id") == summary)
                .findFirst()
                .orElseThrow();
        assertEquals("clinic answered HTTP 422", listed.getString("lastError"));
        clinic.refuse.set(false);
        assertEquals(
            200,
            platform.api.post("/api/v1/deliveries/" + summary + "/retry", admin, null).status());
        await(
            () -> f.summary(client, summary).getString("status").equals("DELIVERED"),
            Duration.ofSeconds(30),
            "delivered after the admin's retry");
      }
      assertEquals(2, f.summary(client, summary).getJsonArray("log").size());
    }
  }

  @Test
  void aClinicWithAnSftpDropGetsOneFileNamedAfterTheBundle() throws Exception {
    Path root = Path.of("target/clinic-sftp-" + System.nanoTime()).toAbsolutePath();
    try (EmbeddedSftpServer sftp = EmbeddedSftpServer.start(root)) {
      Files.createDirectories(root.resolve("inbox"));
      String code =
          f.clinic(
              Json.createObjectBuilder()
                  .add("channel", "SFTP")
                  .add("endpoint", "sftp://127.0.0.1:" + sftp.port() + "/inbox")
                  .add("auth", "PASSWORD")
                  .add("authClient", EmbeddedSftpServer.USER));
      long client = f.referredClient(code);
      f.consent(client, code, today().plusDays(60), "ATTENDANCE", "NARRATIVE");
      JsonObject made = f.summaryNow(client);
      Map<String, String> routes = f.routes(false);
      routes.put("stepwise.clinic." + code.toLowerCase() + ".secret", EmbeddedSftpServer.PASSWORD);
      // first with known hosts that name another key for the drop's address: nothing is sent
      try (EmbeddedSftpServer other = EmbeddedSftpServer.start(root.resolveSibling("other-sftp"))) {
        routes.put(
            "stepwise.sftp.known-hosts",
            sftp.knownHosts(root.resolveSibling(root.getFileName() + ".changed"), other)
                .toString());
        try (RoutesRunner runner = RoutesRunner.start(routes)) {
          await(
              () -> f.summary(client, made.getInt("id")).getInt("attempts") >= 1,
              Duration.ofSeconds(30),
              "an attempt on the changed host key");
        }
        assertEquals("PENDING", f.summary(client, made.getInt("id")).getString("status"));
        try (var files = Files.list(root.resolve("inbox"))) {
          assertEquals(List.of(), files.toList(), "nothing sent to a server with another key");
        }
      }
      routes.put(
          "stepwise.sftp.known-hosts",
          sftp.knownHosts(root.resolveSibling(root.getFileName() + ".known")).toString());
      routes.put("stepwise.delivery.poll-period", "500");
      try (RoutesRunner runner = RoutesRunner.start(routes)) {
        await(
            () -> f.summary(client, made.getInt("id")).getString("status").equals("DELIVERED"),
            Duration.ofSeconds(30),
            "delivered to the drop");
      }
      try (var files = Files.list(root.resolve("inbox"))) {
        List<Path> all = files.toList();
        assertEquals(
            List.of(root.resolve("inbox").resolve(made.getString("bundleId") + ".json")), all);
      }
      String text =
          Files.readString(root.resolve("inbox").resolve(made.getString("bundleId") + ".json"));
      Bundle bundle =
          ca.uhn.fhir.context.FhirContext.forR4Cached()
              .newJsonParser()
              .parseResource(Bundle.class, text);
      assertEquals("urn:uuid:" + made.getString("bundleId"), bundle.getIdentifier().getValue());
      assertFalse(text.contains("\"Goals\""));
    }
  }

  private String status(long client) {
    var list = f.summaries(client);
    return list.isEmpty() ? "NONE" : list.getJsonObject(0).getString("status");
  }
}
