package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.routes.intake.RecordType;

/**
 * Acceptance 2 of the intake issue: each broken input ends with a correct reject report or in
 * error/, nothing crashes, and every good row of a mixed file is kept.
 */
class CorpusIntakeIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
  private static final String REF = "C-" + RUN;
  private static final String HEADER = String.join(",", RecordType.ATTENDANCE.columns());

  private static RoutesTestPlatform platform;
  private static RoutesRunner routes;
  private static Path drop;
  private static long client;

  @BeforeAll
  static void start() throws Exception {
    platform = RoutesTestPlatform.get();
    client = IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), REF, RUN);
    drop = Path.of("target/drops/corpus-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    routes = RoutesRunner.start(platform.fileDrop(drop));
  }

  @AfterAll
  static void stop() throws Exception {
    if (routes != null) {
      routes.close();
    }
  }

  private static String hoursAgo(int h) {
    return ZonedDateTime.now(IntakeFixtures.ZONE)
        .minusHours(h)
        .withNano(0)
        .toOffsetDateTime()
        .toString();
  }

  private static String row(String ref, String type, String name, String started, String id) {
    return "MAPLE,"
        + ref
        + ","
        + type
        + ","
        + name
        + ","
        + started
        + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
        + id;
  }

  @Test
  void everyBrokenInputEndsWithAReportOrInErrorAndGoodRowsAreKept() throws Exception {
    long before = IntakeFixtures.attendanceOf(platform, client);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    write(
        "bom.csv",
        concat(
            bom,
            (HEADER + "\n" + row(REF, "NA", "Group", hoursAgo(3), RUN + "-bom") + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    write(
        "crlf.csv",
        (HEADER + "\r\n" + row(REF, "AA", "Group", hoursAgo(4), RUN + "-crlf") + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    write("empty.csv", new byte[0]);
    write("header-only.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    write(
        "no-verification-column.csv",
        (HEADER.replace(",verification", "") + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] junk = new byte[2048];
    new Random(42).nextBytes(junk);
    write("junk.csv", junk);
    write(
        "..\\..\\escape.csv",
        (HEADER + "\n" + row("R-NOBODY", "NA", "Group", hoursAgo(5), RUN + "-esc") + "\n")
            .getBytes(StandardCharsets.UTF_8));
    String mixed =
        HEADER
            + "\n"
            + row(REF, "NA", "\"Just for Today, \"\"downtown\"\"\"", hoursAgo(6), RUN + "-m1")
            + "\n" // 2 good, quoted
            + row("R-NOBODY", "NA", "Group", hoursAgo(7), RUN + "-m2")
            + "\n" // 3 unknown client
            + row(REF, "BINGO", "Group", hoursAgo(8), RUN + "-m3")
            + "\n" // 4 unknown meeting type
            + row(REF, "NA", "Group", "2026-11-17T19:00:00", RUN + "-m4")
            + "\n" // 5 no offset
            + row(
                REF,
                "NA",
                "Group",
                ZonedDateTime.now().plusDays(3).toOffsetDateTime().toString(),
                RUN + "-m5")
            + "\n" // 6 future
            + row(REF, "NA", "\"Just for Today, \"\"downtown\"\"\"", hoursAgo(6), RUN + "-m1")
            + "\n" // 7 same row again
            + row(REF, "SMART", "Group", hoursAgo(9), RUN + "-m6")
            + ",extra\n" // 8 extra column
            + "MAPLE,"
            + REF
            + ",NA,Group,"
            + hoursAgo(10)
            + ",ATTENDED,hm.jordan,"
            + RUN
            + "-m7\n" // 9 missing column
            + row(REF, "HOUSE_MEETING", "House meeting", hoursAgo(11), RUN + "-m8")
            + "\n"; // 10 good
    write("mixed.csv", mixed.getBytes(StandardCharsets.UTF_8));

    for (String name : List.of("bom.csv", "crlf.csv", "header-only.csv", "mixed.csv")) {
      awaitIn("done", name);
    }
    for (String name : List.of("empty.csv", "no-verification-column.csv", "junk.csv")) {
      awaitIn("error", name);
      List<String> report = report(name);
      assertEquals(2, report.size(), name + ": " + report);
      assertTrue(report.get(1).startsWith("0,,,UNREADABLE,"), name + ": " + report);
    }
    assertFalse(Files.exists(report("bom.csv", false)), "a clean file gets no reject report");
    assertFalse(Files.exists(report("header-only.csv", false)));

    List<String> mixedReport = report("mixed.csv");
    assertEquals(
        List.of(
            "3 client_ref UNKNOWN_CLIENT",
            "4 meeting_type UNKNOWN_MEETING_TYPE",
            "5 started_at MISSING_OFFSET",
            "6 started_at FUTURE_TIMESTAMP",
            "7 source_record_id DUPLICATE_IN_FILE",
            "8  WRONG_COLUMN_COUNT",
            "9  WRONG_COLUMN_COUNT"),
        mixedReport.subList(1, mixedReport.size()).stream()
            .map(l -> l.split(",", -1))
            .map(f -> f[0] + " " + f[2] + " " + f[3])
            .sorted()
            .toList());

    // the escape attempt was not read: it is in error/ under a safe name, with a report
    IntakeFixtures.await(
        () -> !Files.exists(drop.resolve("..\\..\\escape.csv")),
        Duration.ofSeconds(30),
        "quarantine");
    assertFalse(Files.exists(drop.getParent().resolve("escape.csv")));
    assertTrue(report("escape.csv").get(1).startsWith("0,,,UNSAFE_NAME,"));
    try (var errors = Files.list(drop.resolve("error"))) {
      assertTrue(errors.anyMatch(f -> f.getFileName().toString().startsWith("escape.csv.")));
    }

    // good rows: bom, crlf, and the two good rows of the mixed file
    assertEquals(before + 4, IntakeFixtures.attendanceOf(platform, client));
  }

  private static void write(String name, byte[] content) throws Exception {
    Path tmp = drop.resolve(".incoming-" + Math.abs(name.hashCode()));
    Files.write(tmp, content);
    Files.move(tmp, drop.resolve(name));
  }

  private static void awaitIn(String folder, String name) throws InterruptedException {
    IntakeFixtures.await(
        () -> Files.exists(drop.resolve(folder).resolve(name)),
        Duration.ofSeconds(60),
        name + " in " + folder + "/");
  }

  private static List<String> report(String name) throws Exception {
    Path report = report(name, true);
    IntakeFixtures.await(() -> Files.exists(report), Duration.ofSeconds(10), "report of " + name);
    return Files.readAllLines(report);
  }

  private static Path report(String name, boolean unused) {
    return drop.resolve("rejects").resolve(org.stepwise.routes.intake.RejectReport.nameFor(name));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static ApiClient api() {
    return platform.api;
  }
}
