package org.stepwise.routes.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.SinglePoller;

/**
 * Progress summaries to the referring clinics, polled by one instance at a time:
 *
 * <ul>
 *   <li>{@code summary-run}: asks case-service to generate each clinic's summaries for its latest
 *       complete period (idempotent; hourly by default);
 *   <li>{@code summary-delivery}: takes the summaries due, delivers each through its clinic's
 *       channel and reports the outcome.
 * </ul>
 *
 * <pre>
 * stepwise.summaries.run-period=3600000
 * stepwise.delivery.poll-period=30000
 * stepwise.clinic.riverside.secret=...   (STEPWISE_CLINIC_RIVERSIDE_SECRET)
 * </pre>
 */
public class SummaryDeliveryRoutes extends RouteBuilder {

  @Override
  public void configure() {
    from(SinglePoller.consumer(
            getContext(),
            "summary-run",
            "timer:summary-run?period={{stepwise.summaries.run-period:3600000}}"
                + "&delay={{stepwise.summaries.run-delay:2000}}"))
        .routeId("summary-run")
        .setBody(constant(""))
        .to(CaseServiceRoutes.SUMMARY_RUN);

    from(SinglePoller.consumer(
            getContext(),
            "summary-delivery",
            "timer:summary-delivery?period={{stepwise.delivery.poll-period:30000}}&delay=3000"))
        .routeId("summary-delivery")
        .setBody(constant(null))
        .setHeader(CaseServiceRoutes.QUERY, simple("limit={{stepwise.delivery.batch:20}}"))
        .to(CaseServiceRoutes.DUE_DELIVERIES)
        .process(e -> e.getIn().setBody(Delivery.parseAll(e.getIn().getBody(String.class))))
        .split(body())
        .process(new SummaryDeliverer());
  }
}
