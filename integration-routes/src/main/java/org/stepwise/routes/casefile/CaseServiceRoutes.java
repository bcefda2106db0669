package org.stepwise.routes.casefile;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.intake.AttendanceFileProcessor;
import org.stepwise.routes.intake.BatchRefused;

/**
 * The one way to case-service: POST a batch with a client-credentials token from Keycloak (cached
 * by camel-http until shortly before it expires). A refusal that retrying cannot change becomes
 * {@link BatchRefused}; anything else (down, 5xx, 401) is an exception that the error handler
 * retries with back-off.
 */
public class CaseServiceRoutes extends RouteBuilder {

  @Override
  public void configure() {
    from(AttendanceFileProcessor.BATCH_ENDPOINT)
        .routeId("case-service-attendance-batch")
        .removeHeaders("*")
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Accept", constant("application/json"))
        .to(
            "{{stepwise.case-service.url}}/api/v1/attendance/batches"
                + "?throwExceptionOnFailure=false"
                + "&oauth2ClientId={{stepwise.routes.client-id}}"
                + "&oauth2ClientSecret=RAW({{stepwise.routes.client-secret}})"
                + "&oauth2TokenEndpoint={{stepwise.keycloak.token-url}}"
                + "&oauth2CacheTokens=true")
        .process(
            exchange -> {
              int status = exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
              if (status == 200) {
                return;
              }
              if (status >= 400
                  && status < 500
                  && status != 401
                  && status != 408
                  && status != 429) {
                throw new BatchRefused("case-service refused the batch (HTTP " + status + ")");
              }
              throw new CaseServiceUnavailable(status);
            });
  }

  /** case-service could not take the batch now; worth retrying. */
  public static class CaseServiceUnavailable extends RuntimeException {
    public CaseServiceUnavailable(int status) {
      super("case-service answered HTTP " + status, null, false, false);
    }
  }
}
