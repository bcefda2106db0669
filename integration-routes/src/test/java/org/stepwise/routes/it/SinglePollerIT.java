package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.cluster.CamelClusterService;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.intake.RecordType;

/**
 * Two instances of the routes on the same drop: one polls (holds the source's lock), the other
 * waits; when the poller stops, the other takes over.
 */
class SinglePollerIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void oneInstancePollsEachSourceAndAnotherTakesOver() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    String ref = "S-" + RUN;
    long client = IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), ref, RUN);
    Path drop = Path.of("target/drops/single-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    Map<String, String> properties = new HashMap<>();
    properties.put("stepwise.case-service.url", platform.platform.serviceUrl());
    properties.put("stepwise.keycloak.token-url", platform.tokenUrl());
    properties.put("stepwise.intake.houses", "MAPLE");
    properties.put("stepwise.intake.MAPLE.channel", "FILE_DROP");
    properties.put("stepwise.intake.MAPLE.endpoint", "file:" + drop);
    properties.put("stepwise.intake.MAPLE.delay", "300");
    properties.put("stepwise.cluster-dir", drop.resolveSibling("single-cluster-" + RUN).toString());

    RoutesRunner a = RoutesRunner.start(properties);
    RoutesRunner b = RoutesRunner.start(properties);
    try {
      IntakeFixtures.await(() -> leaders(a, b) == 1, Duration.ofSeconds(20), "one leader");
      Thread.sleep(3_000);
      assertEquals(1, leaders(a, b), "still exactly one poller");
      RoutesRunner leader = isLeader(a) ? a : b;
      RoutesRunner standby = leader == a ? b : a;

      drop(drop, "first.csv", ref, 1);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/first.csv")), Duration.ofSeconds(60), "first file");

      leader.close();
      IntakeFixtures.await(
          () -> isLeader(standby), Duration.ofSeconds(30), "the standby takes over");
      drop(drop, "second.csv", ref, 2);
      IntakeFixtures.await(
          () -> Files.exists(drop.resolve("done/second.csv")),
          Duration.ofSeconds(60),
          "second file");
      assertEquals(2, IntakeFixtures.attendanceOf(platform, client));
      assertNotEquals(leader, standby);
    } finally {
      for (RoutesRunner r : List.of(a, b)) {
        r.close();
      }
    }
  }

  private static void drop(Path drop, String name, String ref, int n) throws Exception {
    String started =
        ZonedDateTime.now(IntakeFixtures.ZONE)
            .minusHours(n)
            .withNano(0)
            .toOffsetDateTime()
            .toString();
    Path tmp = drop.resolve(".tmp-" + name);
    Files.writeString(
        tmp,
        String.join(",", RecordType.ATTENDANCE.columns())
            + "\n"
            + "MAPLE,"
            + ref
            + ",NA,Group,"
            + started
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-"
            + n
            + "\n");
    Files.move(tmp, drop.resolve(name));
  }

  private static int leaders(RoutesRunner... runners) {
    int n = 0;
    for (RoutesRunner r : runners) {
      n += isLeader(r) ? 1 : 0;
    }
    return n;
  }

  private static boolean isLeader(RoutesRunner r) {
    CamelClusterService cluster =
        r.context() == null ? null : r.context().hasService(CamelClusterService.class);
    return cluster != null && cluster.isLeader("intake-maple");
  }
}
