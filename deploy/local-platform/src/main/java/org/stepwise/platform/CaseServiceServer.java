package org.stepwise.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * case-service's packaged WAR on the real Payara Micro. Configuration reaches the application
 * through MicroProfile Config (system properties here, environment variables in production), never
 * through a rebuilt WAR.
 */
final class CaseServiceServer implements AutoCloseable {

  /** The JSON-P provider named, so that {@code jakarta.json.Json} does not search for one. */
  static final String JSON_PROVIDER = "jakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  /** The application's own database check: the WAR is deployed, not just the server up. */
  static final Predicate<String> DEPLOYED = body -> body.contains("case-service-database");

  private final ManagedProcess process;

  private CaseServiceServer(ManagedProcess process) {
    this.process = process;
  }

  static CaseServiceServer start(PlatformSettings settings, Path war, DatabaseEndpoint db)
      throws IOException, InterruptedException {
    return start(settings, war, db, settings.servicePort(), DEPLOYED);
  }

  /**
   * {@code war} on this Payara Micro at {@code port}, with case-service's configuration, once its
   * {@code /health/ready} answers 200 with a body that {@code ready} accepts.
   */
  static CaseServiceServer start(
      PlatformSettings settings, Path war, DatabaseEndpoint db, int port, Predicate<String> ready)
      throws IOException, InterruptedException {
    return start(settings, war, db, port, ready, Map.of(), List.of());
  }

  /**
   * The same, with more settings (system properties, over the platform's) and more Payara Micro
   * options ({@code --logproperties …}, say).
   */
  static CaseServiceServer start(
      PlatformSettings settings,
      Path war,
      DatabaseEndpoint db,
      int port,
      Predicate<String> ready,
      Map<String, String> more,
      List<String> payaraOptions)
      throws IOException, InterruptedException {
    Path payaraJar = settings.runtimeDir().resolve("payara-micro.jar");
    if (!Files.exists(war)) {
      throw new IllegalStateException("WAR not found at " + war + "; build it first");
    }
    Path rootDir = settings.dataDir().resolve("payara-" + port);
    KeycloakServer.deleteTree(rootDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    // Without it every Json.createReader/createObjectBuilder (Payara's token check and health
    // answer call them several times a request) looks the provider up with a ServiceLoader scan
    // of the server's modules: a third of the server's CPU in OverviewBenchmark's profile.
    command.add("-D" + JSON_PROVIDER);
    command.add("-Dstepwise.db.url=" + db.jdbcUrl());
    command.add("-Dstepwise.db.user=" + db.user());
    command.add("-Dstepwise.db.password=" + db.password());
    if (db.migrationUser() != null) {
      command.add("-Dstepwise.db.migration.user=" + db.migrationUser());
      command.add("-Dstepwise.db.migration.password=" + db.migrationPassword());
    }
    command.add("-Dmp.jwt.verify.issuer=" + settings.issuer());
    command.add(
        "-Dmp.jwt.verify.publickey.location="
            + settings.issuer()
            + "/protocol/openid-connect/certs");
    command.add("-Dmp.jwt.verify.audiences=stepwise-api");
    settings.serviceConfig().forEach((key, value) -> command.add("-D" + key + "=" + value));
    more.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(payaraJar.toString());
    command.addAll(
        List.of(
            "--nocluster",
            "--port",
            String.valueOf(port),
            "--rootDir",
            rootDir.toString(),
            "--contextroot",
            "/",
            "--deploy",
            war.toString()));
    command.addAll(payaraOptions);
    ManagedProcess process =
        ManagedProcess.start(
            "Payara Micro",
            command,
            Map.of(),
            settings.dataDir(),
            settings.dataDir().resolve("logs/case-service-" + port + ".log"));
    CaseServiceServer server = new CaseServiceServer(process);
    try {
      process.awaitHttpOk(
          "http://localhost:" + port + "/health/ready", Duration.ofMinutes(4), ready);
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  Path log() {
    return process.log();
  }

  void kill() throws InterruptedException {
    process.kill();
  }

  void terminate() {
    process.terminate();
  }

  boolean alive() {
    return process.alive();
  }

  @Override
  public void close() {
    process.close();
  }
}
