package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.intake.RecordType;

/**
 * A file already processed (same name and content) is not processed again; a changed file under the
 * same name is. Shown with case-service cut off: only a file that is not sent can reach done/.
 */
class IdempotentFileIT {

  static java.util.Map<String, String> relayed(
      java.util.Map<String, String> properties, SwitchableRelay relay) {
    properties.put("stepwise.case-service.url", "http://127.0.0.1:" + relay.port());
    properties.put("stepwise.retry.attempts", "1");
    properties.put("stepwise.retry.delay", "100");
    return properties;
  }

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void theSameFileDroppedAgainIsNotSentAgain() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "I-" + RUN;
    long client = IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), ref, RUN);
    Path drop = Path.of("target/drops/again-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    String header = String.join(",", RecordType.ATTENDANCE.columns()) + "\n";
    String row =
        "MAPLE,"
            + ref
            + ",NA,Group,"
            + ZonedDateTime.now(IntakeFixtures.ZONE).minusHours(2).withNano(0).toOffsetDateTime()
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-1\n";
    try (SwitchableRelay relay =
            new SwitchableRelay(URI.create(platform.platform.serviceUrl()).getPort());
        RoutesRunner routes = RoutesRunner.start(relayed(platform.fileDrop(drop), relay))) {
      relay.up(true);
      Files.writeString(drop.resolve("week.csv"), header + row);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/week.csv")),
          Duration.ofSeconds(60),
          "first delivery");
      assertEquals(1, IntakeFixtures.attendanceOf(platform, client));
      Files.move(drop.resolve("done/week.csv"), drop.resolve("done/week-first.csv"));

      relay.up(false); // case-service out of reach: only a file that is not sent can be done
      Files.writeString(drop.resolve("week.csv"), header + row);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/week.csv")),
          Duration.ofSeconds(30),
          "the same file, not sent again");
      Files.delete(drop.resolve("done/week.csv"));

      String changed = header + row + row.replace(RUN + "-1", RUN + "-2");
      Files.writeString(drop.resolve("week.csv"), changed);
      Thread.sleep(4_000);
      assertTrue(
          Files.exists(drop.resolve("week.csv")),
          "a changed file under the same name must be sent, and waits");
      relay.up(true);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/week.csv")),
          Duration.ofSeconds(60),
          "the changed file delivered");
      assertEquals(2, IntakeFixtures.attendanceOf(platform, client));
    }
  }
}
