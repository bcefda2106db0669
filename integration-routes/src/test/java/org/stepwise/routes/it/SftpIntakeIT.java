package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 1 of the intake issue, end to end through real parts: a file dropped on an SFTP server
 * appears in the client's attendance in case-service (with Keycloak and PostgreSQL), its rejects
 * come back with line numbers and reasons, and the file ends in done/.
 */
class SftpIntakeIT {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  private static RoutesTestPlatform platform;
  private static EmbeddedSftpServer sftp;
  private static RoutesRunner routes;
  private static long client;
  private static final String REF = "R-" + RUN;

  @BeforeAll
  static void start() throws Exception {
    platform = RoutesTestPlatform.get();
    long house = IntakeFixtures.ensureMaple(platform);
    client = IntakeFixtures.resident(platform, house, REF, RUN);
    sftp = EmbeddedSftpServer.start(Path.of("target/sftp-root").toAbsolutePath());
    Files.createDirectories(sftp.root().resolve("drop"));
    routes =
        RoutesRunner.start(
            Map.of(
                "stepwise.case-service.url", platform.platform.serviceUrl(),
                "stepwise.keycloak.token-url", platform.tokenUrl(),
                "stepwise.intake.houses", "MAPLE",
                "stepwise.intake.MAPLE.channel", "SFTP",
                "stepwise.intake.MAPLE.endpoint", sftp.endpoint("drop"),
                "stepwise.sftp.known-hosts",
                    sftp.knownHosts(Path.of("target/sftp-known-hosts").toAbsolutePath()).toString(),
                "stepwise.intake.MAPLE.delay", "500",
                "camel.management.enabled", "true",
                "camel.management.port", "18282",
                "stepwise.retry.delay", "200"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (routes != null) {
      routes.close();
    }
    if (sftp != null) {
      sftp.close();
    }
  }

  /** The sum of a Prometheus counter over the lines carrying a label. */
  private static double metric(String metrics, String name, String label) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + "{") && l.contains(label))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  /**
   * Issue 12, acceptance 4: a drop whose server presents another host key than the known hosts name
   * for its address (a changed key, or someone in the middle) is refused before anything is read:
   * the file stays on the server, unread and unmoved, and nothing is stored.
   */
  @Test
  void aServerWhoseHostKeyChangedIsRefusedAndNothingIsRead() throws Exception {
    long before = IntakeFixtures.attendanceOf(platform, client);
    Path root = Path.of("target/sftp-impostor").toAbsolutePath();
    try (EmbeddedSftpServer impostor = EmbeddedSftpServer.start(root)) {
      Files.createDirectories(impostor.root().resolve("drop"));
      // the known hosts name the impostor's address with the real server's key
      Path knownHosts = impostor.knownHosts(root.resolveSibling("sftp-impostor.known"), sftp);
      Path file = impostor.root().resolve("drop").resolve("changed-key.csv");
      Files.writeString(
          file,
          String.join(",", org.stepwise.routes.intake.RecordType.ATTENDANCE.columns())
              + "\nMAPLE,"
              + REF
              + ",NA,Group,"
              + ZonedDateTime.now(ZONE).minusHours(3).withNano(0).toOffsetDateTime()
              + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
              + RUN
              + "-impostor\n");
      try (RoutesRunner refused =
          RoutesRunner.start(
              Map.of(
                  "stepwise.case-service.url", platform.platform.serviceUrl(),
                  "stepwise.keycloak.token-url", platform.tokenUrl(),
                  "stepwise.intake.houses", "MAPLE",
                  "stepwise.intake.MAPLE.channel", "SFTP",
                  "stepwise.intake.MAPLE.endpoint", impostor.endpoint("drop"),
                  "stepwise.intake.MAPLE.delay", "300",
                  "stepwise.sftp.known-hosts", knownHosts.toString()))) {
        Thread.sleep(5_000); // several polls
      }
      assertTrue(Files.exists(file), "the file is still on the server");
      assertFalse(Files.exists(impostor.root().resolve("drop/done/changed-key.csv")));
      assertFalse(Files.exists(impostor.root().resolve("drop/error/changed-key.csv")));
      assertEquals(before, IntakeFixtures.attendanceOf(platform, client), "nothing stored");
    }
  }

  @Test
  void aFileDroppedOnTheSftpServerReachesTheClientsAttendance() throws Exception {
    String yesterday =
        ZonedDateTime.now(ZONE).minusDays(1).withNano(0).toOffsetDateTime().toString();
    String name = "attendance-maple-" + RUN + ".csv";
    String csv =
        String.join(",", org.stepwise.routes.intake.RecordType.ATTENDANCE.columns())
            + "\r\n"
            + "MAPLE,"
            + REF
            + ",NA,Tuesday Night Hope Group,"
            + yesterday
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-1\r\n"
            + "MAPLE,"
            + REF
            + ",SMART,\"SMART Recovery, Downtown Library\","
            + yesterday
            + ",ATTENDED,SELF_REPORTED,hm.jordan,"
            + RUN
            + "-2\r\n"
            + "MAPLE,"
            + REF
            + ",POKER,Card night,"
            + yesterday
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-3\r\n"
            + "MAPLE,R-NOBODY,NA,Group,"
            + yesterday
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-4\r\n"
            + "MAPLE,"
            + REF
            + ",NA,Group,2026-11-17T19:00:00,ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-5\r\n";
    Files.writeString(sftp.root().resolve("drop").resolve(name), csv, StandardCharsets.UTF_8);

    Path done = sftp.root().resolve("drop/done").resolve(name);
    IntakeFixtures.await(
        () -> Files.exists(done), Duration.ofSeconds(60), "the file ends in done/");
    assertFalse(
        Files.exists(sftp.root().resolve("drop").resolve(name)), "and is no longer in the drop");

    List<JsonObject> attendance =
        platform
            .api
            .get("/api/v1/clients/" + client + "/attendance", platform.token(DemoUser.ADMIN_OKAFOR))
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(2, attendance.size());
    assertTrue(
        attendance.stream()
            .allMatch(
                a ->
                    a.getString("source").equals("MAPLE")
                        && a.getString("channel").equals("SFTP")));

    Path rejects = sftp.root().resolve("drop/rejects").resolve(name + ".rejects.csv");
    IntakeFixtures.await(
        () -> Files.exists(rejects),
        Duration.ofSeconds(10),
        "the reject report is beside the source");
    List<String> report = Files.readAllLines(rejects);
    assertEquals("line,source_record_id,field,code,reason", report.get(0));
    assertEquals(4, report.size(), String.join("\n", report));
    assertTrue(
        report.get(1).startsWith("4," + RUN + "-3,meeting_type,UNKNOWN_MEETING_TYPE,"),
        report.get(1));
    assertTrue(
        report.get(2).startsWith("5," + RUN + "-4,client_ref,UNKNOWN_CLIENT,"), report.get(2));
    assertTrue(
        report.get(3).startsWith("6," + RUN + "-5,started_at,MISSING_OFFSET,"), report.get(3));
  }

  /**
   * Issue 16, acceptance 2: a test_results file through the same SFTP route: good rows stored once,
   * bad rows in the reject report with line and reason; the same rows again store nothing new.
   */
  @Test
  void aTestResultsFileReachesTheClientsTestsAndItsRejectsComeBack() throws Exception {
    String at = ZonedDateTime.now(ZONE).minusHours(5).withNano(0).toOffsetDateTime().toString();
    String future = ZonedDateTime.now(ZONE).plusDays(2).withNano(0).toOffsetDateTime().toString();
    String name = "test_results-maple-" + RUN + ".csv";
    String id = "T" + RUN;
    String csv =
        String.join(",", org.stepwise.routes.intake.RecordType.TEST_RESULTS.columns())
            + "\r\n"
            + row("MAPLE", REF, at, "NEGATIVE", "opiates|fentanyl|alcohol", "", id + "-1")
            + row("MAPLE", REF, at, "POSITIVE", "OPIATES|BUPRENORPHINE", "buprenorphine", id + "-2")
            + row("MAPLE", REF, at, "NEGATIVE", "OPIATES|HEROIN", "", id + "-3")
            + row("MAPLE", REF, at, "CLEAN", "OPIATES", "", id + "-4")
            + row(
                "MAPLE",
                REF,
                ZonedDateTime.now(ZONE)
                    .minusHours(5)
                    .toLocalDateTime()
                    .withNano(0)
                    .format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                "NEGATIVE",
                "OPIATES",
                "",
                id + "-5")
            + row("MAPLE", REF, future, "NEGATIVE", "OPIATES", "", id + "-6")
            + row("CEDAR", REF, at, "NEGATIVE", "OPIATES", "", id + "-7");
    Files.writeString(sftp.root().resolve("drop").resolve(name), csv, StandardCharsets.UTF_8);
    Path done = sftp.root().resolve("drop/done").resolve(name);
    IntakeFixtures.await(
        () -> Files.exists(done), Duration.ofSeconds(60), "the file ends in done/");

    List<JsonObject> tests = tests();
    assertEquals(2, tests.size(), tests.toString());
    assertEquals(
        java.util.Set.of("NEGATIVE", "POSITIVE"),
        java.util.Set.copyOf(tests.stream().map(t -> t.getString("result")).toList()));
    assertTrue(tests.stream().allMatch(t -> t.getString("channel").equals("SFTP")));

    Path rejects = sftp.root().resolve("drop/rejects").resolve(name + ".rejects.csv");
    IntakeFixtures.await(() -> Files.exists(rejects), Duration.ofSeconds(10), "the reject report");
    List<String> report = Files.readAllLines(rejects);
    assertEquals(6, report.size(), String.join("\n", report));
    // rows refused while reading (another house) come before those case-service refused
    List<String> rows = report.subList(1, report.size()).stream().sorted().toList();
    assertTrue(
        rows.get(0).startsWith("4," + id + "-3,substances_tested,UNKNOWN_SUBSTANCE,"), rows.get(0));
    assertTrue(rows.get(1).startsWith("5," + id + "-4,result,UNKNOWN_RESULT,"), rows.get(1));
    assertTrue(rows.get(2).startsWith("6," + id + "-5,collected_at,MISSING_OFFSET,"), rows.get(2));
    assertTrue(
        rows.get(3).startsWith("7," + id + "-6,collected_at,FUTURE_TIMESTAMP,"), rows.get(3));
    assertTrue(rows.get(4).startsWith("8," + id + "-7,house_code,OTHER_HOUSE,"), rows.get(4));

    // the same rows under another name: read, answered DUPLICATE, nothing stored twice
    String again = "test_results-maple-" + RUN + "-again.csv";
    Files.writeString(sftp.root().resolve("drop").resolve(again), csv, StandardCharsets.UTF_8);
    IntakeFixtures.await(
        () -> Files.exists(sftp.root().resolve("drop/done").resolve(again)),
        Duration.ofSeconds(60),
        "the second file ends in done/");
    assertEquals(2, tests().size(), "nothing new");
  }

  private static String row(
      String house,
      String ref,
      String at,
      String result,
      String tested,
      String positive,
      String id) {
    return String.join(
            ",",
            house,
            ref,
            at,
            "URINE",
            "RANDOM",
            result,
            tested,
            positive,
            "false",
            "hm.jordan",
            id)
        + "\r\n";
  }

  private static List<JsonObject> tests() {
    return platform
        .api
        .get("/api/v1/clients/" + client + "/toxicology", platform.token(DemoUser.ADMIN_OKAFOR))
        .array()
        .getValuesAs(JsonObject.class);
  }
}
