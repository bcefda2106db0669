package org.stepwise.platform;

import java.nio.file.Path;

/**
 * The platform for a module's integration tests: started once per test JVM (each part takes tens of
 * seconds), stopped when the JVM exits. A failed start is reported to every test, not retried.
 */
public final class SharedTestPlatform {

  private static LocalPlatform platform;
  private static IllegalStateException failure;

  private SharedTestPlatform() {}

  /** Starts (once) the WAR named by the {@code stepwise.war} system property. */
  public static synchronized LocalPlatform get() {
    if (failure != null) {
      throw failure;
    }
    if (platform == null) {
      Path war = Path.of(System.getProperty("stepwise.war", "target/case-service.war"));
      try {
        LocalPlatform started =
            LocalPlatform.start(
                PlatformSettings.forTests(Path.of("target/it-platform").toAbsolutePath()), war);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (Exception e) {
                        System.err.println("stopping the test platform: " + e);
                      }
                    }));
        platform = started;
      } catch (Exception e) {
        failure = new IllegalStateException("the test platform did not start", e);
        throw failure;
      }
    }
    return platform;
  }
}
