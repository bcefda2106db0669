package org.stepwise.routes.it;

import java.nio.file.Path;
import java.util.Map;

/** Lets the benchmark (another package) use the routes' test platform and runners. */
public final class IntakeBenchmarkSupport {

  private IntakeBenchmarkSupport() {}

  public static RoutesTestPlatform platform() {
    return RoutesTestPlatform.get();
  }

  public static long resident(String ref, String run) {
    RoutesTestPlatform p = RoutesTestPlatform.get();
    return IntakeFixtures.resident(p, IntakeFixtures.ensureMaple(p), ref, run);
  }

  public static void writeRows(Path file, String ref, String run) throws Exception {
    CrashRecoveryIT.writeRows(file, ref, run);
  }

  public static long stored(long client) {
    return CrashRecoveryIT.stored(RoutesTestPlatform.get(), client);
  }

  public static AutoCloseable routes(Path drop) throws InterruptedException {
    RoutesTestPlatform p = RoutesTestPlatform.get();
    return RoutesRunner.start(
        Map.of(
            "stepwise.case-service.url",
            p.platform.serviceUrl(),
            "stepwise.keycloak.token-url",
            p.tokenUrl(),
            "stepwise.intake.houses",
            "MAPLE",
            "stepwise.intake.MAPLE.channel",
            "FILE_DROP",
            "stepwise.intake.MAPLE.endpoint",
            "file:" + drop,
            "stepwise.intake.MAPLE.delay",
            "200",
            "stepwise.intake.batch-size",
            System.getProperty("bench.batch", "2000")));
  }

  public static String jdbcUrl() {
    return RoutesTestPlatform.get().platform.databaseAsSuperuser().jdbcUrl();
  }

  public static String jdbcUser() {
    return RoutesTestPlatform.get().platform.databaseAsSuperuser().user();
  }
}
