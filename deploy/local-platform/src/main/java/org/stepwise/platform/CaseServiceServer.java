package org.stepwise.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * case-service's packaged WAR on the real Payara Micro. Configuration reaches the application
 * through MicroProfile Config (system properties here, environment variables in production), never
 * through a rebuilt WAR.
 */
final class CaseServiceServer implements AutoCloseable {

  private final ManagedProcess process;

  private CaseServiceServer(ManagedProcess process) {
    this.process = process;
  }

  static CaseServiceServer start(PlatformSettings settings, Path war, DatabaseEndpoint db)
      throws IOException, InterruptedException {
    Path payaraJar = settings.runtimeDir().resolve("payara-micro.jar");
    if (!Files.exists(war)) {
      throw new IllegalStateException("case-service WAR not found at " + war + "; build it first");
    }
    Path rootDir = settings.dataDir().resolve("payara-" + settings.servicePort());
    KeycloakServer.deleteTree(rootDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
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
    command.add("-jar");
    command.add(payaraJar.toString());
    command.addAll(
        List.of(
            "--nocluster",
            "--port",
            String.valueOf(settings.servicePort()),
            "--rootDir",
            rootDir.toString(),
            "--contextroot",
            "/",
            "--deploy",
            war.toString()));
    ManagedProcess process =
        ManagedProcess.start(
            "Payara Micro",
            command,
            Map.of(),
            settings.dataDir(),
            settings.dataDir().resolve("logs/case-service-" + settings.servicePort() + ".log"));
    CaseServiceServer server = new CaseServiceServer(process);
    try {
      // the application's own database check shows that the WAR is deployed, not just the server
      process.awaitHttpOk(
          settings.serviceUrl() + "/health/ready",
          Duration.ofMinutes(4),
          body -> body.contains("case-service-database"));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
