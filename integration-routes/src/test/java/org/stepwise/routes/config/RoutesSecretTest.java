package org.stepwise.routes.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.RoutesMain;

/**
 * Issue 12, acceptance 1: the real routes application refuses to start with the demo realm's client
 * secret unless it is told this is the demo, and without a secret at all.
 */
class RoutesSecretTest {

  @Test
  void theDemoSecretIsRefusedOutsideTheDemo() {
    Exception e =
        assertThrows(
            Exception.class,
            () -> start(Map.of("stepwise.routes.client-secret", RoutesSecret.DEMO)));
    assertTrue(chain(e).contains("demo realm's client secret"), chain(e));
  }

  @Test
  void noSecretIsRefused() {
    Exception e = assertThrows(Exception.class, () -> start(Map.of()));
    assertTrue(chain(e).contains("STEPWISE_ROUTES_CLIENT_SECRET) is required"), chain(e));
  }

  @Test
  void theDemoStartsWithTheDemoSecretAndProductionWithItsOwn() throws Exception {
    start(Map.of("stepwise.routes.client-secret", RoutesSecret.DEMO, "stepwise.demo", "true"));
    start(Map.of("stepwise.routes.client-secret", "a-secret-from-the-environment"));
  }

  /** Starts and stops the routes application with nothing to poll. */
  private static void start(Map<String, String> properties) throws Exception {
    Main main = new Main(RoutesMain.class);
    main.addOverrideProperty("camel.management.enabled", "false");
    main.addOverrideProperty("stepwise.intake.houses", "");
    main.addOverrideProperty("stepwise.feeds", "");
    main.addOverrideProperty("stepwise.summaries.run-delay", "3600000");
    main.addOverrideProperty("stepwise.delivery.poll-period", "3600000");
    main.addOverrideProperty("stepwise.state-dir", "target/routes-secret-" + System.nanoTime());
    properties.forEach(main::addOverrideProperty);
    try {
      main.start();
      if (main.getCamelContext() == null || !main.getCamelContext().isStarted()) {
        throw new IllegalStateException("the routes did not start");
      }
    } finally {
      main.stop();
    }
  }

  private static String chain(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append(" | ");
    }
    return messages.toString();
  }
}
