package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.intake.RecordType;

/**
 * Acceptance 4 of the intake issue: case-service down for a while, then up: the pending file stays
 * where it is while the routes retry with back-off, and is then delivered without loss or
 * duplicates.
 */
class OutageIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void aFileWaitsOutAnOutageAndIsDeliveredOnce() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "O-" + RUN;
    long client = IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), ref, RUN);
    Path drop = Path.of("target/drops/outage-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    int servicePort = URI.create(platform.platform.serviceUrl()).getPort();
    try (SwitchableRelay relay = new SwitchableRelay(servicePort);
        RoutesRunner routes =
            RoutesRunner.start(IdempotentFileIT.relayed(platform.fileDrop(drop), relay))) {
      StringBuilder csv =
          new StringBuilder(String.join(",", RecordType.ATTENDANCE.columns())).append('\n');
      for (int i = 0; i < 1200; i++) {
        String started =
            ZonedDateTime.now(IntakeFixtures.ZONE)
                .minusHours(1L + i)
                .withNano(0)
                .toOffsetDateTime()
                .toString();
        csv.append("MAPLE,")
            .append(ref)
            .append(",NA,Group,")
            .append(started)
            .append(",ATTENDED,SIGNED_SLIP,hm.jordan,")
            .append(RUN)
            .append('-')
            .append(i)
            .append('\n');
      }
      Path file = drop.resolve("during-outage.csv");
      Files.writeString(file, csv);

      Thread.sleep(8_000); // several polls and retries while case-service cannot be reached
      assertTrue(Files.exists(file), "the file stays where it is while case-service is down");
      assertFalse(Files.exists(drop.resolve("done/during-outage.csv")));
      assertFalse(Files.exists(drop.resolve("error/during-outage.csv")));

      relay.up(true);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/during-outage.csv")),
          Duration.ofSeconds(90),
          "delivered after the outage");
      assertEquals(1200, IntakeFixtures.attendanceOf(platform, client), "every row once");
    }
  }
}
