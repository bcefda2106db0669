package org.stepwise.routes.attention;

import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.SinglePoller;

/**
 * The attention run, polled by one instance at a time: case-service evaluates every active client
 * for the rules that time alone makes true (days without a meeting, a step-down past its date, a
 * consent about to expire, a summary nobody acknowledged). Every write evaluates its own client at
 * once; this catches what no write touches. Idempotent, hourly by default.
 *
 * <pre>
 * stepwise.attention.run-period=3600000
 * </pre>
 */
public class AttentionRunRoutes extends RouteBuilder {

  @Override
  public void configure() {
    from(SinglePoller.consumer(
            getContext(),
            "attention-run",
            "timer:attention-run?period={{stepwise.attention.run-period:3600000}}"
                + "&delay={{stepwise.attention.run-delay:5000}}"))
        .routeId("attention-run")
        .setBody(constant(""))
        .to(CaseServiceRoutes.ATTENTION_RUN);
  }
}
