package org.stepwise.routes.casefile;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.intake.AttendanceFileProcessor;
import org.stepwise.routes.intake.BatchRefused;

/**
 * The ways to case-service: attendance batches and intake reports, each a POST with a
 * client-credentials token from Keycloak (cached by camel-http until shortly before it expires). A
 * refusal that retrying cannot change becomes {@link BatchRefused}; anything else (down, 5xx, 401)
 * is an exception that the error handler retries with back-off.
 */
public class CaseServiceRoutes extends RouteBuilder {

  @Override
  public void configure() {
    post(
        AttendanceFileProcessor.BATCH_ENDPOINT,
        "case-service-attendance-batch",
        "/api/v1/attendance/batches",
        200);
    post(
        AttendanceFileProcessor.REPORT_ENDPOINT,
        "case-service-intake-report",
        "/api/v1/intake-reports",
        201);
  }

  private void post(String from, String routeId, String path, int expected) {
    from(from)
        .routeId(routeId)
        .removeHeaders("*")
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Accept", constant("application/json"))
        .to(
            "{{stepwise.case-service.url}}"
                + path
                + "?throwExceptionOnFailure=false"
                + "&oauth2ClientId={{stepwise.routes.client-id}}"
                + "&oauth2ClientSecret=RAW({{stepwise.routes.client-secret}})"
                + "&oauth2TokenEndpoint={{stepwise.keycloak.token-url}}"
                + "&oauth2CacheTokens=true")
        .process(
            exchange -> {
              int status = exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
              if (status == expected) {
                return;
              }
              if (status >= 400
                  && status < 500
                  && status != 401
                  && status != 408
                  && status != 429) {
                throw new BatchRefused("case-service refused the request (HTTP " + status + ")");
              }
              throw new CaseServiceUnavailable(status);
            });
  }

  /** case-service could not take the request now; worth retrying. */
  public static class CaseServiceUnavailable extends RuntimeException {
    public CaseServiceUnavailable(int status) {
      super("case-service answered HTTP " + status, null, false, false);
    }
  }
}
