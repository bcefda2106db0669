package org.stepwise.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.main.Main;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoData;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.KeycloakServer;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.platform.PlatformSettings;
import org.stepwise.platform.Tokens;
import org.stepwise.routes.RoutesMain;
import org.stepwise.routes.config.RoutesSecret;

/**
 * The README's run command: PostgreSQL, Keycloak and case-service, demo data once, and the
 * integration routes watching a local drop for house MAPLE and mailing a local mail catcher;
 * everything stops on Ctrl-C.
 */
public final class RunStepwise {

  private RunStepwise() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RunStepwise <path to case-service.war>");
      System.exit(2);
    }
    PlatformSettings settings = PlatformSettings.forRun();
    System.out.println(
        "Starting Stepwise: "
            + settings
                .externalDatabase()
                .map(db -> "external PostgreSQL")
                .orElse("embedded PostgreSQL (data in " + settings.dataDir() + ")")
            + ", Keycloak, case-service, integration routes ...");
    LocalPlatform platform = LocalPlatform.start(settings, Path.of(args[0]));
    // Riverside Clinic's FHIR endpoint, as a directory of received summaries
    Path inbox = settings.dataDir().resolve("clinic-inbox").resolve("RIVERSIDE");
    DemoClinicInbox clinic =
        DemoClinicInbox.start(
            Integer.parseInt(System.getProperty("stepwise.demo-clinic.port", "8380")), inbox);
    // case managers' notifications, as .eml files
    Path mailbox = settings.dataDir().resolve("mail");
    DemoMailCatcher mail =
        DemoMailCatcher.start(
            Integer.parseInt(System.getProperty("stepwise.demo-mail.port", "8025")), mailbox);
    Main routes = new Main(RoutesMain.class);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Stepwise ...");
                  try {
                    routes.completed();
                    platform.close();
                    clinic.close();
                    mail.close();
                  } catch (Exception e) {
                    System.err.println("while stopping: " + e);
                  }
                  stopped.countDown();
                }));
    boolean seeded =
        new DemoData(new ApiClient(platform.serviceUrl()), new Tokens(platform.issuer()))
            .loadIfEmpty(clinic.endpoint());
    Path drop = settings.dataDir().resolve("drops").resolve("MAPLE");
    Files.createDirectories(drop);
    startRoutes(routes, platform, settings, drop, mail.port());
    printWelcome(platform, seeded, drop, inbox, mailbox);
    stopped.await();
  }

  private static void startRoutes(
      Main routes, LocalPlatform platform, PlatformSettings settings, Path drop, int mailPort) {
    routes.addOverrideProperty("stepwise.case-service.url", platform.serviceUrl());
    // the local demo: the demo realm's routes secret, which the routes refuse anywhere else
    routes.addOverrideProperty("stepwise.demo", "true");
    routes.addOverrideProperty("stepwise.routes.client-secret", RoutesSecret.DEMO);
    routes.addOverrideProperty(
        "stepwise.keycloak.token-url", platform.issuer() + "/protocol/openid-connect/token");
    routes.addOverrideProperty("stepwise.intake.houses", "MAPLE");
    routes.addOverrideProperty("stepwise.intake.MAPLE.channel", "FILE_DROP");
    routes.addOverrideProperty("stepwise.intake.MAPLE.endpoint", "file:" + drop);
    routes.addOverrideProperty("stepwise.intake.MAPLE.delay", "2000");
    routes.addOverrideProperty(
        "stepwise.state-dir", settings.dataDir().resolve("routes-state").toString());
    // notifications: the demo's mail catcher, the case managers' addresses from Keycloak
    routes.addOverrideProperty("stepwise.mail.host", "127.0.0.1");
    routes.addOverrideProperty("stepwise.mail.port", Integer.toString(mailPort));
    routes.addOverrideProperty("stepwise.mail.from", "stepwise@demo.stepwise.invalid");
    routes.addOverrideProperty("stepwise.app-url", platform.serviceUrl() + "/app/");
    routes.addOverrideProperty(
        "stepwise.keycloak.users-url",
        platform.issuer().replace("/realms/", "/admin/realms/") + "/users");
    Thread thread =
        new Thread(
            () -> {
              try {
                routes.run();
              } catch (Exception e) {
                System.err.println("the integration routes stopped: " + e);
              }
            },
            "stepwise-routes");
    thread.setDaemon(true);
    thread.start();
  }

  private static void printWelcome(
      LocalPlatform platform, boolean seeded, Path drop, Path inbox, Path mailbox) {
    String api = platform.serviceUrl();
    StringBuilder out = new StringBuilder();
    out.append("\nStepwise is up").append(seeded ? " (demo data loaded)" : "").append(".\n");
    out.append("  API          ").append(api).append("/api/v1\n");
    try {
      out.append("  PostgreSQL   ").append(platform.databaseDurability()).append('\n');
    } catch (java.sql.SQLException e) {
      out.append("  PostgreSQL   (settings not readable: ").append(e.getMessage()).append(")\n");
    }
    out.append("  OpenAPI      ").append(api).append("/openapi\n");
    out.append("  Health       ").append(api).append("/health\n");
    out.append("  Keycloak     ")
        .append(platform.keycloakUrl())
        .append("/admin (admin / ")
        .append(KeycloakServer.ADMIN_PASSWORD)
        .append(", realm 'stepwise')\n");
    out.append("  Routes       http://localhost:8282/observe/health, /observe/metrics\n");
    out.append("  MAPLE drop   ")
        .append(drop)
        .append(" (attendance CSV files; done/, error/, rejects/)\n");
    out.append("  Riverside    ")
        .append(inbox)
        .append(" (progress summaries the demo clinic received, one FHIR Bundle per file)\n");
    out.append("  Mail         ")
        .append(mailbox)
        .append(" (what case managers are mailed: counts and a link, one .eml file each)\n");
    out.append("Demo logins (demo only, never in production):\n");
    for (DemoUser user : DemoUser.values()) {
      out.append(
          String.format("  %-13s %-18s %s%n", user.username(), user.password(), user.role()));
    }
    out.append("Press Ctrl-C to stop.\n");
    System.out.println(out);
  }
}
