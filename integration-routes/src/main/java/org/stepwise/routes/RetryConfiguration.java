package org.stepwise.routes;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling, once for all routes: retries back off exponentially; what still fails is left for
 * the consumer's next poll (a file stays where it is), never dropped.
 */
public class RetryConfiguration extends RouteConfigurationBuilder {

  @Override
  public void configuration() {
    int attempts =
        Integer.parseInt(
            getCamelContext().resolvePropertyPlaceholders("{{stepwise.retry.attempts:4}}"));
    long delay =
        Long.parseLong(
            getCamelContext().resolvePropertyPlaceholders("{{stepwise.retry.delay:1000}}"));
    // no id: it applies to every route
    var everyRoute = routeConfiguration();
    everyRoute.errorHandler(
        defaultErrorHandler()
            .maximumRedeliveries(attempts)
            .redeliveryDelay(delay)
            .useExponentialBackOff()
            .backOffMultiplier(2)
            .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN));
    // a refusal that retrying cannot change (a 4xx from case-service) is not retried
    everyRoute.onException(org.stepwise.routes.intake.BatchRefused.class).maximumRedeliveries(0);
  }
}
