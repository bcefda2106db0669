package org.stepwise.routes.casefile;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.config.RoutesSecret;
import org.stepwise.routes.intake.BatchRefused;

/**
 * The ways to case-service: attendance batches, intake reports, the summary run, the attention run,
 * due deliveries and their outcomes, notifications to mail and their reports, each with a
 * client-credentials token from Keycloak (cached by camel-http until shortly before it expires).
 * Anything retrying may change (down, 5xx, 401) is an exception that the error handler retries with
 * back-off, here and only here. A refusal that retrying cannot change is an answer for the intake
 * calls (header {@link #REFUSED}: the file goes to error/) and {@link BatchRefused} for the others.
 */
public class CaseServiceRoutes extends RouteBuilder {

  /** POST of one attendance batch; answers the per-row outcomes, or sets {@link #REFUSED}. */
  public static final String ATTENDANCE_BATCH = "direct:case-service-attendance-batch";

  /**
   * POST of one batch of drug tests; answers like an attendance batch, or sets {@link #REFUSED}.
   */
  public static final String TOXICOLOGY_BATCH = "direct:case-service-toxicology-batch";

  /** POST of a file's intake report; answers the stored report, or sets {@link #REFUSED}. */
  public static final String INTAKE_REPORT = "direct:case-service-intake-report";

  /** The HTTP status of a refusal that retrying cannot change (intake calls only). */
  public static final String REFUSED = "StepwiseRefusedStatus";

  /** POST of the cadence run: generates the summaries of every clinic's latest period. */
  public static final String SUMMARY_RUN = "direct:case-service-summary-run";

  /** GET of the summaries due for delivery (header {@link #QUERY}: {@code limit=n}). */
  public static final String DUE_DELIVERIES = "direct:case-service-due-deliveries";

  /** POST of one delivery attempt's outcome; header {@link #PATH}: {@code /{id}/outcome}. */
  public static final String DELIVERY_OUTCOME = "direct:case-service-delivery-outcome";

  /** POST of the attention run: every active client evaluated for the time-based rules. */
  public static final String ATTENTION_RUN = "direct:case-service-attention-run";

  /** POST of a claim of notifications to mail (body: digest day, lease, limit). */
  public static final String NOTIFICATION_CLAIMS = "direct:case-service-notification-claims";

  /** POST of a notification's report; header {@link #PATH}: {@code /{id}/sent}. */
  public static final String NOTIFICATION_SENT = "direct:case-service-notification-sent";

  public static final String PATH = Exchange.HTTP_PATH;
  public static final String QUERY = Exchange.HTTP_QUERY;

  @Override
  public void configure() {
    RoutesSecret.check(getContext());
    call(ATTENDANCE_BATCH, "case-service-attendance-batch", "POST", "/attendance/batches", 200);
    call(TOXICOLOGY_BATCH, "case-service-toxicology-batch", "POST", "/toxicology/batches", 200);
    call(INTAKE_REPORT, "case-service-intake-report", "POST", "/intake-reports", 201);
    call(SUMMARY_RUN, "case-service-summary-run", "POST", "/summary-runs", 200);
    call(DUE_DELIVERIES, "case-service-due-deliveries", "GET", "/deliveries/due", 200);
    call(DELIVERY_OUTCOME, "case-service-delivery-outcome", "POST", "/deliveries", 200);
    call(ATTENTION_RUN, "case-service-attention-run", "POST", "/attention-runs", 200);
    call(
        NOTIFICATION_CLAIMS,
        "case-service-notification-claims",
        "POST",
        "/notification-claims",
        200);
    call(NOTIFICATION_SENT, "case-service-notification-sent", "POST", "/notifications", 200);
  }

  private void call(String from, String routeId, String method, String path, int expected) {
    boolean refusalIsAnAnswer =
        from.equals(ATTENDANCE_BATCH)
            || from.equals(TOXICOLOGY_BATCH)
            || from.equals(INTAKE_REPORT);
    from(from)
        .routeId(routeId)
        // nothing of the exchange leaks into the request but the path and query asked for
        .removeHeaders("*", PATH, QUERY)
        .setHeader(Exchange.HTTP_METHOD, constant(method))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Accept", constant("application/json"))
        // case-service logs its lines of this request, and names a 500's incident, by this id
        .setHeader("X-Request-Id", simple("${exchangeId}"))
        .to(
            "{{stepwise.case-service.url}}/api/v1"
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
                if (refusalIsAnAnswer) {
                  exchange.getIn().setHeader(REFUSED, status);
                  return;
                }
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
