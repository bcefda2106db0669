package org.stepwise.routes.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.stepwise.routes.RoutesMain;
import org.stepwise.routes.config.RoutesSecret;

/** The real routes application (camel-main), started in the test with its endpoints overridden. */
final class RoutesRunner implements AutoCloseable {

  private final Main main;
  private final Thread thread;

  private RoutesRunner(Main main, Thread thread) {
    this.main = main;
    this.thread = thread;
  }

  static RoutesRunner start(Map<String, String> properties) throws InterruptedException {
    Main main = new Main(RoutesMain.class);
    // each run keeps its state (processed files, cursors) apart, unless the test shares one
    main.addOverrideProperty(
        "stepwise.state-dir",
        properties.getOrDefault(
            "stepwise.state-dir",
            java.nio.file.Path.of("target/routes-state-" + System.nanoTime())
                .toAbsolutePath()
                .toString()));
    // one management server per machine port: off in tests unless a test asks for it
    main.addOverrideProperty(
        "camel.management.enabled", properties.getOrDefault("camel.management.enabled", "false"));
    // the demo realm's secret, which the routes accept only in a demo
    main.addOverrideProperty("stepwise.demo", properties.getOrDefault("stepwise.demo", "true"));
    main.addOverrideProperty(
        "stepwise.routes.client-secret",
        properties.getOrDefault("stepwise.routes.client-secret", RoutesSecret.DEMO));
    properties.forEach(main::addOverrideProperty);
    Thread thread =
        new Thread(
            () -> {
              try {
                main.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "stepwise-routes");
    thread.setDaemon(true);
    thread.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (main.getCamelContext() == null
        || main.getCamelContext().getStatus() != ServiceStatus.Started) {
      if (Instant.now().isAfter(deadline) || !thread.isAlive()) {
        throw new IllegalStateException("the routes did not start");
      }
      Thread.sleep(100);
    }
    return new RoutesRunner(main, thread);
  }

  org.apache.camel.CamelContext context() {
    return main.getCamelContext();
  }

  @Override
  public void close() throws InterruptedException {
    main.completed();
    thread.join(30_000);
  }
}
