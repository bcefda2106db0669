package org.stepwise.routes.casefile;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.intake.AttendanceFileProcessor;
import org.stepwise.routes.intake.BatchRefused;

/**
 * The ways to case-service: attendance batches, intake reports, the summary run, due deliveries and
 * their outcomes, each with a client-credentials token from Keycloak (cached by camel-http until
 * shortly before it expires). A refusal that retrying cannot change becomes {@link BatchRefused};
 * anything else (down, 5xx, 401) is an exception that the error handler retries with back-off.
 */
public class CaseServiceRoutes extends RouteBuilder {

  /** POST of the cadence run: generates the summaries of every clinic's latest period. */
  public static final String SUMMARY_RUN = "direct:case-service-summary-run";

  /** GET of the summaries due for delivery (header {@link #QUERY}: {@code limit=n}). */
  public static final String DUE_DELIVERIES = "direct:case-service-due-deliveries";

  /** POST of one delivery attempt's outcome; header {@link #PATH}: {@code /{id}/outcome}. */
  public static final String DELIVERY_OUTCOME = "direct:case-service-delivery-outcome";

  public static final String PATH = Exchange.HTTP_PATH;
  public static final String QUERY = Exchange.HTTP_QUERY;

  @Override
  public void configure() {
    call(
        AttendanceFileProcessor.BATCH_ENDPOINT,
        "case-service-attendance-batch",
        "POST",
        "/api/v1/attendance/batches",
        200);
    call(
        AttendanceFileProcessor.REPORT_ENDPOINT,
        "case-service-intake-report",
        "POST",
        "/api/v1/intake-reports",
        201);
    call(SUMMARY_RUN, "case-service-summary-run", "POST", "/api/v1/summary-runs", 200);
    call(DUE_DELIVERIES, "case-service-due-deliveries", "GET", "/api/v1/deliveries/due", 200);
    call(DELIVERY_OUTCOME, "case-service-delivery-outcome", "POST", "/api/v1/deliveries", 200);
  }

  private void call(String from, String routeId, String method, String path, int expected) {
    from(from)
        .routeId(routeId)
        // nothing of the exchange leaks into the request but the path and query asked for
        .removeHeaders("*", PATH, QUERY)
        .setHeader(Exchange.HTTP_METHOD, constant(method))
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
