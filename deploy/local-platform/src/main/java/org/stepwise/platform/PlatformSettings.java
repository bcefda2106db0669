package org.stepwise.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how the local platform runs. Every value can be overridden by an environment variable
 * (for people) or a system property (for the build).
 */
public record PlatformSettings(
    Path runtimeDir,
    Path dataDir,
    boolean keepData,
    int keycloakPort,
    int servicePort,
    int embeddedDbPort,
    String databaseName,
    Optional<ExternalDatabase> externalDatabase,
    boolean statementStatistics,
    boolean durable,
    Map<String, String> serviceConfig) {

  /** Settings for the README's run command: fixed ports, data kept between runs. */
  public static PlatformSettings forRun() {
    Path home = Path.of(System.getProperty("user.home"), ".stepwise");
    return new PlatformSettings(
        defaultRuntimeDir(),
        Path.of(setting("STEPWISE_DATA_DIR", home.toString())),
        true,
        Integer.parseInt(setting("STEPWISE_KEYCLOAK_PORT", "8180")),
        Integer.parseInt(setting("STEPWISE_HTTP_PORT", "8080")),
        Integer.parseInt(setting("STEPWISE_EMBEDDED_DB_PORT", "5433")),
        "stepwise",
        ExternalDatabase.fromEnvironment(),
        false,
        // the system of record: what PostgreSQL acknowledges is on disk
        true,
        // the demo clinic's FHIR inbox listens on loopback without TLS
        Map.of("stepwise.local-mode", "true"));
  }

  /** Settings for the integration tests: own ports, a throw-away database. */
  public static PlatformSettings forTests(Path workDir) {
    return new PlatformSettings(
        defaultRuntimeDir(),
        workDir,
        false,
        Integer.parseInt(setting("STEPWISE_TEST_KEYCLOAK_PORT", "18180")),
        Integer.parseInt(setting("STEPWISE_TEST_HTTP_PORT", "18080")),
        Integer.parseInt(setting("STEPWISE_TEST_DB_PORT", "15433")),
        "stepwise_test",
        Optional.empty(),
        true,
        // a throw-away database may lose its last commits in a crash, for speed; the benchmarks
        // measure on the durable setting (-Dstepwise.durable=true, set by -Pbenchmark)
        Boolean.getBoolean("stepwise.durable"),
        // deliveries back off in seconds, not minutes, so retries can be watched in a test; the
        // tests stand for a proxy on loopback, so they can say whom a request comes from
        Map.of(
            "stepwise.delivery.retry-base-seconds",
            "1",
            "stepwise.delivery.lease-seconds",
            "5",
            "stepwise.trusted-proxies",
            "127.0.0.1,0:0:0:0:0:0:0:1,::1",
            "stepwise.local-mode",
            "true"));
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String serviceUrl() {
    return "http://localhost:" + servicePort;
  }

  /** Keycloak's management interface (health, metrics). */
  public String keycloakManagementUrl() {
    return "http://localhost:" + (keycloakPort + 900);
  }

  public String issuer() {
    return keycloakUrl() + "/realms/stepwise";
  }

  private static Path defaultRuntimeDir() {
    return Path.of(setting("STEPWISE_RUNTIME_DIR", "target/runtime")).toAbsolutePath();
  }

  /** An environment variable, else the matching system property (stepwise.x.y), else a default. */
  static String setting(String envName, String defaultValue) {
    String env = System.getenv(envName);
    if (env != null && !env.isBlank()) {
      return env;
    }
    String property = envName.toLowerCase().replace('_', '.');
    return System.getProperty(property, defaultValue);
  }
}
