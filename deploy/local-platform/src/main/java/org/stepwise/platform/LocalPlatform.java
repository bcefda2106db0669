package org.stepwise.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * The whole of Stepwise on one machine: PostgreSQL (embedded unless an external one is configured),
 * Keycloak with the realm, and case-service on Payara Micro. Keycloak and Payara start in parallel,
 * since each takes tens of seconds.
 */
public final class LocalPlatform implements AutoCloseable {

  private final PlatformSettings settings;
  private final Optional<EmbeddedDatabase> embedded;
  private final DatabaseEndpoint database;
  private final KeycloakServer keycloak;
  private final CaseServiceServer caseService;
  private final Path war;

  private LocalPlatform(
      PlatformSettings settings,
      Path war,
      Optional<EmbeddedDatabase> embedded,
      DatabaseEndpoint database,
      KeycloakServer keycloak,
      CaseServiceServer caseService) {
    this.settings = settings;
    this.embedded = embedded;
    this.database = database;
    this.keycloak = keycloak;
    this.caseService = caseService;
    this.war = war;
  }

  public static LocalPlatform start(PlatformSettings settings, Path war) throws Exception {
    Optional<EmbeddedDatabase> embedded = Optional.empty();
    KeycloakServer keycloak = null;
    try {
      DatabaseEndpoint database;
      if (settings.externalDatabase().isPresent()) {
        ExternalDatabase external = settings.externalDatabase().get();
        database =
            new DatabaseEndpoint(
                external.jdbcUrl(),
                external.user(),
                external.password(),
                external.migrationUser(),
                external.migrationPassword());
      } else {
        embedded = Optional.of(EmbeddedDatabase.start(settings));
        database = embedded.get().endpoint();
      }
      CompletableFuture<KeycloakServer> keycloakStart =
          CompletableFuture.supplyAsync(() -> unchecked(() -> KeycloakServer.start(settings)));
      CaseServiceServer caseService;
      try {
        caseService = CaseServiceServer.start(settings, war, database);
      } catch (Exception e) {
        keycloakStart.thenAccept(KeycloakServer::close);
        throw e;
      }
      try {
        keycloak = keycloakStart.join();
      } catch (CompletionException e) {
        caseService.close();
        throw e;
      }
      return new LocalPlatform(settings, war, embedded, database, keycloak, caseService);
    } catch (Exception e) {
      if (embedded.isPresent()) {
        embedded.get().close();
      }
      throw e;
    }
  }

  public PlatformSettings settings() {
    return settings;
  }

  public String serviceUrl() {
    return settings.serviceUrl();
  }

  public String keycloakUrl() {
    return settings.keycloakUrl();
  }

  public String keycloakManagementUrl() {
    return settings.keycloakManagementUrl();
  }

  public String issuer() {
    return settings.issuer();
  }

  public DatabaseEndpoint database() {
    return database;
  }

  /** A superuser connection to the embedded database, for tests that inspect PostgreSQL. */
  public DatabaseEndpoint databaseAsSuperuser() {
    return embedded
        .map(EmbeddedDatabase::superuserEndpoint)
        .orElseThrow(() -> new IllegalStateException("only the embedded database has one"));
  }

  /** The embedded database's fsync and synchronous_commit, or "external". */
  public String databaseDurability() throws java.sql.SQLException {
    return embedded.isPresent() ? embedded.get().durability() : "external";
  }

  /**
   * How long {@code war} takes, from its Payara Micro process's start to {@code /health/ready}
   * answering 200 with a body that {@code ready} accepts, on another port beside the running
   * case-service (same database, same Keycloak); that server is stopped after.
   */
  public Duration timeToReady(Path war, int port, Predicate<String> ready) throws Exception {
    long started = System.nanoTime();
    try (CaseServiceServer server = CaseServiceServer.start(settings, war, database, port, ready)) {
      return Duration.ofNanos(System.nanoTime() - started);
    }
  }

  /**
   * Another case-service on {@code port} beside the running one, on the same database and Keycloak
   * (a replica), with more settings (system properties) and Payara Micro options; ready when it is
   * returned.
   */
  public Replica startReplica(int port, Map<String, String> properties, List<String> payaraOptions)
      throws Exception {
    return new Replica(
        port,
        CaseServiceServer.start(
            settings, war, database, port, CaseServiceServer.DEPLOYED, properties, payaraOptions));
  }

  /** A case-service replica this platform started: killed, terminated or closed by its test. */
  public static final class Replica implements AutoCloseable {
    private final int port;
    private final CaseServiceServer server;

    private Replica(int port, CaseServiceServer server) {
      this.port = port;
      this.server = server;
    }

    public String url() {
      return "http://localhost:" + port;
    }

    public int port() {
      return port;
    }

    public Path log() {
      return server.log();
    }

    /** SIGKILL. */
    public void kill() throws InterruptedException {
      server.kill();
    }

    /** SIGTERM, without waiting. */
    public void terminate() {
      server.terminate();
    }

    public boolean alive() {
      return server.alive();
    }

    @Override
    public void close() {
      server.close();
    }
  }

  public Path caseServiceLog() {
    return caseService.log();
  }

  @Override
  public void close() throws Exception {
    caseService.close();
    keycloak.close();
    if (embedded.isPresent()) {
      embedded.get().close();
    }
  }

  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  private static <T> T unchecked(ThrowingSupplier<T> supplier) {
    try {
      return supplier.get();
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }
}
