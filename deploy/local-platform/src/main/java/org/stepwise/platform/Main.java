package org.stepwise.platform;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The README's run command: brings Stepwise up, seeds demo data once, stops on Ctrl-C. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: Main <path to case-service.war>");
      System.exit(2);
    }
    PlatformSettings settings = PlatformSettings.forRun();
    System.out.println(
        "Starting Stepwise: "
            + settings
                .externalDatabase()
                .map(db -> "external PostgreSQL")
                .orElse("embedded PostgreSQL (data in " + settings.dataDir() + ")")
            + ", Keycloak, case-service ...");
    LocalPlatform platform = LocalPlatform.start(settings, Path.of(args[0]));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Stepwise ...");
                  try {
                    platform.close();
                  } catch (Exception e) {
                    System.err.println("while stopping: " + e);
                  }
                  stopped.countDown();
                }));
    Tokens tokens = new Tokens(platform.issuer());
    boolean seeded = new DemoData(new ApiClient(platform.serviceUrl()), tokens).loadIfEmpty();
    printWelcome(platform, seeded);
    stopped.await();
  }

  private static void printWelcome(LocalPlatform platform, boolean seeded) {
    String api = platform.serviceUrl();
    StringBuilder out = new StringBuilder();
    out.append("\nStepwise is up").append(seeded ? " (demo data loaded)" : "").append(".\n");
    out.append("  API          ").append(api).append("/api/v1\n");
    out.append("  OpenAPI      ").append(api).append("/openapi\n");
    out.append("  Health       ").append(api).append("/health\n");
    out.append("  Keycloak     ")
        .append(platform.settings().keycloakUrl())
        .append("/admin (admin / " + KeycloakServer.ADMIN_PASSWORD + ", realm 'stepwise')\n");
    out.append("  Issuer       ").append(platform.issuer()).append("\n");
    out.append("Demo logins (demo only, never in production):\n");
    for (DemoUser user : DemoUser.values()) {
      out.append(
          String.format("  %-13s %-18s %s%n", user.username(), user.password(), user.role()));
    }
    out.append("Press Ctrl-C to stop.\n");
    System.out.println(out);
  }
}
