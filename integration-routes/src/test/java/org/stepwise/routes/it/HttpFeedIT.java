package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 of the intake issue: the HTTP feed is read with a cursor that survives a restart -
 * after it, the routes neither skip a page nor ask again for one already delivered.
 */
class HttpFeedIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void theFeedCursorSurvivesARestart() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "F-" + RUN;
    long client =
        IntakeFixtures.resident(
            platform, IntakeFixtures.ensureHouse(platform, "CEDAR", "HTTP_FEED"), ref, RUN);
    Path state = Path.of("target/feed-state-" + RUN).toAbsolutePath();
    try (FeedServer feed = new FeedServer("CEDAR", 2)) {
      for (int i = 1; i <= 5; i++) {
        feed.add(record(ref, RUN + "-" + i, i));
      }
      Map<String, String> properties =
          Map.of(
              "stepwise.case-service.url", platform.platform.serviceUrl(),
              "stepwise.keycloak.token-url", platform.tokenUrl(),
              "stepwise.intake.houses", "",
              "stepwise.feeds", "CEDAR",
              "stepwise.feed.CEDAR.url", feed.url(),
              "stepwise.feed.CEDAR.delay", "300",
              "stepwise.state-dir", state.toString());
      try (RoutesRunner routes = RoutesRunner.start(properties)) {
        IntakeFixtures.await(
            () -> IntakeFixtures.attendanceOf(platform, client) == 5,
            Duration.ofSeconds(60),
            "the first 5 records");
        IntakeFixtures.await(
            () -> feed.requested.contains(RUN + "-5"),
            Duration.ofSeconds(10),
            "an empty page after the last");
      }
      assertEquals(List.of("", RUN + "-2", RUN + "-4", RUN + "-5"), feed.requested.subList(0, 4));
      assertEquals(RUN + "-5", Files.readString(state.resolve("feed-CEDAR.cursor")));

      feed.requested.clear();
      feed.add(record(ref, RUN + "-6", 6));
      feed.add(record(ref, RUN + "-7", 7));
      try (RoutesRunner routes = RoutesRunner.start(properties)) {
        IntakeFixtures.await(
            () -> IntakeFixtures.attendanceOf(platform, client) == 7,
            Duration.ofSeconds(60),
            "the 2 new records");
      }
      assertEquals(
          RUN + "-5",
          feed.requested.get(0),
          "after the restart the feed resumes at the saved cursor");
      assertFalse(feed.requested.contains(""), "nothing is asked for again from the start");
      assertFalse(
          feed.requested.contains(RUN + "-2") || feed.requested.contains(RUN + "-4"),
          "no page already delivered is asked again");
      assertEquals(7, IntakeFixtures.attendanceOf(platform, client));
    }
  }

  /** Issue 16: a house system's second feed, of its drug tests, into the client's tests. */
  @Test
  void aFeedOfDrugTestsReachesTheClientsTests() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "FT-" + RUN;
    long client =
        IntakeFixtures.resident(
            platform, IntakeFixtures.ensureHouse(platform, "CEDAR", "HTTP_FEED"), ref, RUN);
    Path state = Path.of("target/feed-tests-state-" + RUN).toAbsolutePath();
    try (FeedServer meetings = new FeedServer("CEDAR", 2);
        FeedServer tests = new FeedServer("CEDAR", 2)) {
      for (int i = 1; i <= 3; i++) {
        tests.add(
            Json.createObjectBuilder()
                .add("client_ref", ref)
                .add(
                    "collected_at",
                    ZonedDateTime.now(IntakeFixtures.ZONE)
                        .minusHours(i)
                        .withNano(0)
                        .toOffsetDateTime()
                        .toString())
                .add("method", "URINE")
                .add("reason", "RANDOM")
                .add("result", i == 1 ? "POSITIVE" : "NEGATIVE")
                .add("substances_tested", Json.createArrayBuilder().add("opiates").add("cocaine"))
                .add(
                    "substances_positive",
                    i == 1 ? Json.createArrayBuilder().add("cocaine") : Json.createArrayBuilder())
                .add("lab_confirmed", false)
                .add("collected_by", "hm.alvarez")
                .add("source_record_id", "T" + RUN + "-" + i)
                .build());
      }
      Map<String, String> properties =
          Map.of(
              "stepwise.case-service.url", platform.platform.serviceUrl(),
              "stepwise.keycloak.token-url", platform.tokenUrl(),
              "stepwise.intake.houses", "",
              "stepwise.feeds", "CEDAR",
              "stepwise.feed.CEDAR.url", meetings.url(),
              "stepwise.feed.CEDAR.tests-url", tests.url(),
              "stepwise.feed.CEDAR.delay", "300",
              "stepwise.state-dir", state.toString());
      try (RoutesRunner routes = RoutesRunner.start(properties)) {
        IntakeFixtures.await(
            () -> testsOf(platform, client).size() == 3,
            Duration.ofSeconds(60),
            "the 3 tests of the feed");
        IntakeFixtures.await(
            () -> Files.exists(state.resolve("feed-CEDAR-tests.cursor")),
            Duration.ofSeconds(10),
            "the tests' own cursor");
      }
      assertEquals("T" + RUN + "-3", Files.readString(state.resolve("feed-CEDAR-tests.cursor")));
      assertEquals("POSITIVE", testsOf(platform, client).get(0).getString("result"));
      assertEquals(0, IntakeFixtures.attendanceOf(platform, client), "no meeting made of a test");
    }
  }

  private static List<JsonObject> testsOf(RoutesTestPlatform platform, long client) {
    return platform
        .api
        .get(
            "/api/v1/clients/" + client + "/toxicology",
            platform.token(org.stepwise.platform.DemoUser.ADMIN_OKAFOR))
        .array()
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject record(String ref, String id, int hoursAgo) {
    return Json.createObjectBuilder()
        .add("client_ref", ref)
        .add("meeting_type", "NA")
        .add("meeting_name", "Just for Today")
        .add(
            "started_at",
            ZonedDateTime.now(IntakeFixtures.ZONE)
                .minusHours(hoursAgo)
                .withNano(0)
                .toOffsetDateTime()
                .toString())
        .add("status", "ATTENDED")
        .add("verification", "SIGNED_SLIP")
        .add("reported_by", "hm.alvarez")
        .add("source_record_id", id)
        .build();
  }
}
