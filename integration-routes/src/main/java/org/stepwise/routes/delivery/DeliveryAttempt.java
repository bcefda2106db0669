package org.stepwise.routes.delivery;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepwise.routes.casefile.CaseServiceRoutes;

/**
 * One attempt to deliver one summary, for {@link SummaryDeliveryRoutes}: the request through the
 * clinic's channel, what the clinic answered, and the report to case-service, which decides what
 * happens next (back-off, FAILED after the last attempt). The summary and the outcome travel in
 * exchange properties while the body is the document.
 */
final class DeliveryAttempt {

  static final String DELIVERY = "StepwiseDelivery";
  static final String OUTCOME = "StepwiseDeliveryOutcome";
  static final String CHANNEL_URI = "StepwiseChannelUri";
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

  private DeliveryAttempt() {}

  static void begin(Exchange exchange) {
    Delivery d = exchange.getIn().getBody(Delivery.class);
    exchange.setProperty(DELIVERY, d);
    exchange.setProperty(OUTCOME, new Outcome("REFUSED", null, "unknown channel " + d.channel()));
  }

  static boolean over(Exchange exchange, String channel) {
    return channel.equals(delivery(exchange).channel());
  }

  /**
   * A FHIR conditional create keyed by the bundle's identifier: a clinic that holds this bundle
   * already answers 200 without storing a second copy.
   */
  static void fhirRequest(Exchange exchange) {
    Delivery d = delivery(exchange);
    exchange.setProperty(CHANNEL_URI, channels(exchange).fhir(d));
    var out = exchange.getIn();
    out.getHeaders().clear();
    out.setHeader(Exchange.HTTP_METHOD, "POST");
    out.setHeader(Exchange.CONTENT_TYPE, "application/fhir+json");
    out.setHeader("Accept", "application/fhir+json");
    out.setHeader("If-None-Exist", "identifier=urn:ietf:rfc:3986|" + d.identifier());
    out.setBody(d.document());
  }

  static void fhirAnswer(Exchange exchange) {
    int status = exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    exchange.setProperty(
        OUTCOME,
        status >= 200 && status < 300 ? Outcome.delivered(status) : Outcome.ofStatus(status));
  }

  /** A file named after the bundle, never overwritten: a repeated attempt leaves one copy. */
  static void sftpRequest(Exchange exchange) {
    Delivery d = delivery(exchange);
    exchange.setProperty(CHANNEL_URI, channels(exchange).sftp(d));
    var out = exchange.getIn();
    out.getHeaders().clear();
    out.setHeader(Exchange.FILE_NAME, d.bundleId() + ".json");
    out.setBody(d.document());
  }

  static void sftpAnswer(Exchange exchange) {
    exchange.setProperty(OUTCOME, new Outcome("DELIVERED", null, null));
  }

  /** The channel could not be used: our configuration lacks it, or the clinic did not answer. */
  static void failed(Exchange exchange) {
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    exchange.setProperty(
        OUTCOME,
        e instanceof ClinicChannels.ChannelNotConfigured
            ? new Outcome("REFUSED", null, e.getMessage())
            : Outcome.unreachable(e));
  }

  /** The outcome, as the body of the report to case-service under the attempt's lease. */
  static void report(Exchange exchange) {
    Delivery d = delivery(exchange);
    Outcome outcome = exchange.getProperty(OUTCOME, Outcome.class);
    LOG.info(
        "summary {} to clinic {} over {}: {} {}",
        d.summaryId(),
        d.clinic(),
        d.channel(),
        outcome.outcome(),
        outcome.httpStatus() == null ? "" : outcome.httpStatus());
    exchange.getIn().getHeaders().clear();
    exchange.getIn().setHeader(CaseServiceRoutes.PATH, "/" + d.summaryId() + "/outcome");
    exchange.getIn().setBody(outcome.toJson(d.lease()));
  }

  private static Delivery delivery(Exchange exchange) {
    return exchange.getProperty(DELIVERY, Delivery.class);
  }

  private static ClinicChannels channels(Exchange exchange) {
    return new ClinicChannels(exchange.getContext());
  }
}
