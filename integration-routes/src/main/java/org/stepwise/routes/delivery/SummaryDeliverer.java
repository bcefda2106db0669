package org.stepwise.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.support.TemplateProcessor;

/**
 * Delivers one summary through its clinic's channel and reports the outcome to case-service, which
 * decides what happens next (back-off, FAILED after the last attempt). A FHIR delivery is a
 * conditional create keyed by the bundle's identifier, and an SFTP delivery a file named after it
 * that is never overwritten: an attempt repeated after a lost answer leaves the clinic one copy.
 */
public class SummaryDeliverer extends TemplateProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(SummaryDeliverer.class);

  @Override
  public void process(Exchange exchange) {
    Delivery d = exchange.getIn().getBody(Delivery.class);
    ProducerTemplate template = template(exchange);
    ClinicChannels channels = new ClinicChannels(exchange.getContext().getPropertiesComponent());
    Outcome outcome;
    try {
      outcome =
          switch (d.channel()) {
            case "FHIR" -> fhir(template, channels, d);
            case "SFTP" -> sftp(template, channels, d);
            default -> new Outcome("REFUSED", null, "unknown channel " + d.channel());
          };
    } catch (IllegalStateException e) {
      // our own configuration is missing (e.g. the clinic's secret): retrying will not help
      outcome = new Outcome("REFUSED", null, e.getMessage());
    } catch (Exception e) {
      outcome = Outcome.unreachable(e);
    }
    LOG.info(
        "summary {} to clinic {} over {}: {} {}",
        d.summaryId(),
        d.clinic(),
        d.channel(),
        outcome.outcome(),
        outcome.httpStatus() == null ? "" : outcome.httpStatus());
    template.sendBodyAndHeader(
        CaseServiceRoutes.DELIVERY_OUTCOME,
        outcome.toJson(d.lease()),
        CaseServiceRoutes.PATH,
        "/" + d.summaryId() + "/outcome");
  }

  private static Outcome fhir(ProducerTemplate template, ClinicChannels channels, Delivery d) {
    Exchange answer =
        template.request(
            channels.fhir(d),
            out -> {
              out.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
              out.getIn().setHeader(Exchange.CONTENT_TYPE, "application/fhir+json");
              out.getIn().setHeader("Accept", "application/fhir+json");
              // FHIR conditional create: a clinic holding this bundle already answers 200
              out.getIn()
                  .setHeader("If-None-Exist", "identifier=urn:ietf:rfc:3986|" + d.identifier());
              out.getIn().setBody(d.document());
            });
    if (answer.getException() != null) {
      return Outcome.unreachable(answer.getException());
    }
    int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    return status >= 200 && status < 300 ? Outcome.delivered(status) : Outcome.ofStatus(status);
  }

  private static Outcome sftp(ProducerTemplate template, ClinicChannels channels, Delivery d) {
    Exchange answer =
        template.request(
            channels.sftp(d),
            out -> {
              out.getIn().setHeader(Exchange.FILE_NAME, d.bundleId() + ".json");
              out.getIn().setBody(d.document());
            });
    if (answer.getException() != null) {
      return Outcome.unreachable(answer.getException());
    }
    return new Outcome("DELIVERED", null, null);
  }
}
