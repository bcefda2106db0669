package org.stepwise.routes.delivery;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.SinglePoller;

/**
 * Progress summaries to the referring clinics, polled by one instance at a time:
 *
 * <ul>
 *   <li>{@code summary-run}: asks case-service to generate each clinic's summaries for its latest
 *       complete period (idempotent; hourly by default);
 *   <li>{@code summary-delivery}: takes the summaries due and hands each to {@code
 *       summary-deliver}, which tries the clinic's channel once ({@code summary-deliver-fhir} or
 *       {@code summary-deliver-sftp}) and reports the outcome under the summary's lease.
 * </ul>
 *
 * <pre>
 * stepwise.summaries.run-period=3600000
 * stepwise.delivery.poll-period=30000
 * stepwise.clinic.riverside.secret=...   (STEPWISE_CLINIC_RIVERSIDE_SECRET)
 * </pre>
 */
public class SummaryDeliveryRoutes extends RouteBuilder {

  private static final String DELIVER = "direct:summary-deliver";
  private static final String DELIVER_FHIR = "direct:summary-deliver-fhir";
  private static final String DELIVER_SFTP = "direct:summary-deliver-sftp";

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
        .to(DELIVER);

    from(DELIVER)
        .routeId("summary-deliver")
        .process(DeliveryAttempt::begin)
        .choice()
        .when(exchange -> DeliveryAttempt.over(exchange, "FHIR"))
        .to(DELIVER_FHIR)
        .when(exchange -> DeliveryAttempt.over(exchange, "SFTP"))
        .to(DELIVER_SFTP)
        .end()
        .process(DeliveryAttempt::report)
        .to(CaseServiceRoutes.DELIVERY_OUTCOME);

    attempt(
        DELIVER_FHIR,
        "summary-deliver-fhir",
        DeliveryAttempt::fhirRequest,
        DeliveryAttempt::fhirAnswer);
    attempt(
        DELIVER_SFTP,
        "summary-deliver-sftp",
        DeliveryAttempt::sftpRequest,
        DeliveryAttempt::sftpAnswer);
  }

  /**
   * One try of a clinic's channel: a failure is this attempt's outcome (case-service decides when
   * to try again), never a retry here that would hold the lease (inside doTry the error handler
   * does not retry).
   */
  private void attempt(String from, String routeId, Processor request, Processor answer) {
    from(from)
        .routeId(routeId)
        .doTry()
        .process(request)
        .toD("${exchangeProperty." + DeliveryAttempt.CHANNEL_URI + "}")
        .process(answer)
        .doCatch(Exception.class)
        .process(DeliveryAttempt::failed)
        .end();
  }
}
