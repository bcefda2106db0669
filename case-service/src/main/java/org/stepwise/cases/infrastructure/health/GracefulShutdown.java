package org.stepwise.cases.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sun.misc.Signal;

/**
 * SIGTERM drains before the server stops: readiness answers DOWN at once while requests are still
 * served for {@code stepwise.shutdown.drain-seconds} (default 5: a load balancer checking every
 * second takes the server out after a failure or two), then the JVM exits and Payara lets the
 * requests in flight finish. Without it the JVM's default handler started Payara's shutdown at
 * once, and requests already routed to the server were answered 500 (ReplicaFailoverIT saw five).
 * Liveness ({@code /health/live}) stays UP while draining: the process is healthy, only leaving.
 */
@Readiness
@ApplicationScoped
public class GracefulShutdown implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

  @Inject
  @ConfigProperty(name = "stepwise.shutdown.drain-seconds", defaultValue = "5")
  private int drainSeconds;

  private final AtomicBoolean draining = new AtomicBoolean();

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      Signal.handle(new Signal("TERM"), signal -> drainThenExit());
    } catch (IllegalArgumentException e) {
      LOG.warning("SIGTERM cannot be handled here; the server stops without draining");
    }
  }

  private void drainThenExit() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    Thread exit =
        new Thread(
            () -> {
              LOG.info("SIGTERM: readiness DOWN, draining for " + drainSeconds + " s");
              try {
                Thread.sleep(drainSeconds * 1000L);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              System.exit(0);
            },
            "stepwise-drain");
    exit.setDaemon(false);
    exit.start();
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("case-service-accepting").status(!draining.get()).build();
  }
}
