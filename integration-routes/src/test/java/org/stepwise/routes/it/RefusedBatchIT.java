package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.intake.RecordType;

/**
 * A batch case-service refuses for good (here: a house it does not know) is not retried forever:
 * the file goes to error/ with a report saying so.
 */
class RefusedBatchIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void aRefusedBatchSendsTheFileToErrorWithAReport() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    Path drop = Path.of("target/drops/refused-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    Map<String, String> properties = platform.fileDrop(drop);
    properties.put("stepwise.intake.houses", "GHOST");
    properties.remove("stepwise.intake.MAPLE.channel");
    properties.remove("stepwise.intake.MAPLE.endpoint");
    properties.put("stepwise.intake.GHOST.channel", "FILE_DROP");
    properties.put("stepwise.intake.GHOST.endpoint", "file:" + drop);
    properties.put("stepwise.intake.GHOST.delay", "300");
    try (RoutesRunner routes = RoutesRunner.start(properties)) {
      String started =
          ZonedDateTime.now(IntakeFixtures.ZONE)
              .minusHours(1)
              .withNano(0)
              .toOffsetDateTime()
              .toString();
      Files.writeString(
          drop.resolve("ghost.csv"),
          String.join(",", RecordType.ATTENDANCE.columns())
              + "\n"
              + "GHOST,G-1,NA,Group,"
              + started
              + ",ATTENDED,SIGNED_SLIP,hm,g-"
              + RUN
              + "\n");
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("error/ghost.csv")),
          Duration.ofSeconds(60),
          "the file in error/");
      List<String> report = Files.readAllLines(drop.resolve("rejects/ghost.csv.rejects.csv"));
      assertEquals(2, report.size(), report.toString());
      assertTrue(report.get(1).startsWith("0,,,REFUSED,case-service refused"), report.get(1));
    }
  }
}
