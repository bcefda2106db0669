package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.routes.intake.RecordType;

/**
 * Acceptance 3 of the intake issue: kill the routes in the middle of a 100,000-row file and start
 * them again: every row is stored exactly once.
 */
class CrashRecoveryIT {

  static final int ROWS = 100_000;
  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void aCrashInTheMiddleOfAFileLosesAndDuplicatesNothing() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "K-" + RUN;
    long client = IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), ref, RUN);
    Path drop = Path.of("target/drops/crash-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    Path staging = drop.resolveSibling("crash-" + RUN + ".csv.part");
    writeRows(staging, ref, RUN);
    Map<String, String> properties = platform.fileDrop(drop);
    properties.put("stepwise.state-dir", drop.resolveSibling("crash-state-" + RUN).toString());
    Path log = Path.of("target/routes-crash.log");

    Files.move(staging, drop.resolve("big.csv"));
    try (RoutesProcess first = RoutesProcess.start(properties, log)) {
      IntakeFixtures.await(
          () -> stored(platform, client) >= 10_000,
          Duration.ofSeconds(180),
          "a part of the file stored");
      first.kill();
    }
    long afterCrash = stored(platform, client);
    System.out.printf("killed the routes after %d of %d rows%n", afterCrash, ROWS);
    assertTrue(afterCrash < ROWS, "killed in the middle: " + afterCrash);
    assertTrue(Files.exists(drop.resolve("big.csv")), "the file is still in the drop");

    try (RoutesProcess second = RoutesProcess.start(properties, log)) {
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/big.csv")),
          Duration.ofSeconds(300),
          "the file done after the restart");
    }
    assertEquals(ROWS, stored(platform, client), "every row stored once");
  }

  static void writeRows(Path file, String ref, String run) throws Exception {
    ZonedDateTime start = ZonedDateTime.now(IntakeFixtures.ZONE).minusHours(1).withNano(0);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(String.join(",", RecordType.ATTENDANCE.columns()));
      out.write('\n');
      for (int i = 0; i < ROWS; i++) {
        out.write(
            "MAPLE,"
                + ref
                + ",NA,Tuesday Night Hope Group,"
                + start.minusMinutes(i).toOffsetDateTime()
                + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
                + run
                + "-"
                + i
                + "\n");
      }
    }
  }

  static long stored(RoutesTestPlatform platform, long client) {
    DatabaseEndpoint db = platform.platform.databaseAsSuperuser();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM attendance_record WHERE client_id = ?")) {
      s.setLong(1, client);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
