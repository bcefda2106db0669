package org.stepwise.routes.it;

import java.nio.file.Path;

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
    return RoutesRunner.start(withBatch(p.fileDrop(drop)));
  }

  private static java.util.Map<String, String> withBatch(java.util.Map<String, String> properties) {
    properties.put("stepwise.intake.MAPLE.delay", "200");
    properties.put("stepwise.intake.batch-size", System.getProperty("bench.batch", "2000"));
    return properties;
  }

  public static String jdbcUrl() {
    return RoutesTestPlatform.get().platform.databaseAsSuperuser().jdbcUrl();
  }

  public static String durability() throws java.sql.SQLException {
    return RoutesTestPlatform.get().platform.databaseDurability();
  }

  public static String jdbcUser() {
    return RoutesTestPlatform.get().platform.databaseAsSuperuser().user();
  }
}
