package org.stepwise.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak (its distribution zip from Maven) in dev mode, with the stepwise realm imported
 * fresh at every start so the realm file stays the single source of truth.
 */
public final class KeycloakServer implements AutoCloseable {

  /** The local Keycloak's admin console password: local runs only. */
  public static final String ADMIN_PASSWORD = "admin-local-only";

  private final ManagedProcess process;

  private KeycloakServer(ManagedProcess process) {
    this.process = process;
  }

  static KeycloakServer start(PlatformSettings settings) throws IOException, InterruptedException {
    Path home = unpacked(settings.runtimeDir());
    deleteTree(home.resolve("data"));
    Path importDir = Files.createDirectories(home.resolve("data/import"));
    try (InputStream realm = KeycloakServer.class.getResourceAsStream("/stepwise-realm.json")) {
      if (realm == null) {
        throw new IllegalStateException("stepwise-realm.json is not on the classpath");
      }
      Files.copy(
          realm, importDir.resolve("stepwise-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    Path javaHome = Jdks.newestJavaHome();
    List<String> command =
        List.of(
            "bash",
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + settings.keycloakPort(),
            "--http-management-port=" + (settings.keycloakPort() + 900),
            "--metrics-enabled=true",
            "--import-realm");
    ManagedProcess process =
        ManagedProcess.start(
            "Keycloak",
            command,
            Map.of(
                "JAVA_HOME",
                javaHome.toString(),
                "JAVA",
                javaHome.resolve("bin/java").toString(),
                "JAVA_OPTS_KC_HEAP",
                "-Xms64m -Xmx768m",
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                ADMIN_PASSWORD),
            home,
            settings.dataDir().resolve("logs/keycloak-" + settings.keycloakPort() + ".log"));
    KeycloakServer server = new KeycloakServer(process);
    try {
      process.awaitHttpOk(
          settings.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Unpacks the distribution once; later starts reuse it (and Keycloak's own build step). */
  private static Path unpacked(Path runtimeDir) throws IOException {
    Path zip = runtimeDir.resolve("keycloak-dist.zip");
    Path target = runtimeDir.resolve("keycloak");
    Path marker = target.resolve(".unpacked-" + Files.size(zip));
    if (Files.exists(marker)) {
      return target;
    }
    deleteTree(target);
    Files.createDirectories(target);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        // strip the top-level "keycloak-x.y.z/" folder; refuse entries that escape the target
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path out = target.resolve(name.substring(slash + 1)).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry outside target: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createFile(marker);
    return target;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
