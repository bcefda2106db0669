package org.stepwise.routes.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.config.IntakeConfiguration;
import org.stepwise.routes.config.SinglePoller;

/**
 * Case managers told by e-mail that clients need them, polled by one instance at a time:
 *
 * <ul>
 *   <li>{@code notifications}: claims what is due from case-service (an urgent item's notification
 *       at once; once the digest hour has come, the day's digest) and hands each to
 *   <li>{@code notification-send}: the case manager's address from their Keycloak profile, the mail
 *       ({@link NotificationMail}: counts and a link), the id written to {@link SentNotifications},
 *       then case-service told it was sent. A failure is retried with back-off; one that still
 *       fails is claimed again when its lease runs out.
 * </ul>
 *
 * <p>Off unless {@code stepwise.mail.host} is set.
 *
 * <pre>
 * stepwise.mail.host=smtp.example.org   stepwise.mail.port=587   stepwise.mail.starttls=true
 * stepwise.mail.username=...            stepwise.mail.password=... (STEPWISE_MAIL_PASSWORD)
 * stepwise.mail.from=stepwise@example.org
 * stepwise.app-url=https://stepwise.example.org/app/
 * stepwise.notifications.digest-hour=7  stepwise.zone=America/New_York
 * stepwise.notifications.poll-period=30000
 * stepwise.keycloak.users-url=https://sso.example.org/admin/realms/stepwise/users
 * </pre>
 */
public class NotificationRoutes extends RouteBuilder {

  private static final String SEND = "direct:notification-send";
  private static final String RECIPIENT = "direct:notification-recipient";
  private static final String NOTIFICATION = "StepwiseNotification";

  @Override
  public void configure() {
    var p = getContext().getPropertiesComponent();
    String host = p.resolveProperty("stepwise.mail.host").orElse("").strip();
    if (host.isEmpty()) {
      log.info("e-mail notifications are off: stepwise.mail.host is not set");
      return;
    }
    SentNotifications journal = new SentNotifications(IntakeConfiguration.stateDir(getContext()));
    DigestSchedule digests = DigestSchedule.of(getContext());
    String from = p.resolveProperty("stepwise.mail.from").orElse("stepwise@localhost");
    String appUrl = p.resolveProperty("stepwise.app-url").orElse("http://localhost:8080/app/");

    from(SinglePoller.consumer(
            getContext(),
            "notifications",
            "timer:notifications?period={{stepwise.notifications.poll-period:30000}}"
                + "&delay={{stepwise.notifications.delay:4000}}"))
        .routeId("notifications")
        .process(
            e -> {
              var claim =
                  Json.createObjectBuilder()
                      .add("limit", 20)
                      .add(
                          "leaseSeconds",
                          Integer.parseInt(
                              e.getContext()
                                  .resolvePropertyPlaceholders(
                                      "{{stepwise.notifications.lease-seconds:300}}")));
              var day = digests.dueDay();
              if (day != null) {
                claim.add("digestDay", day.toString());
              }
              e.getIn().setBody(claim.build().toString());
            })
        .to(CaseServiceRoutes.NOTIFICATION_CLAIMS)
        .process(e -> e.getIn().setBody(Notification.parseAll(e.getIn().getBody(String.class))))
        .split(body())
        .to(SEND);

    from(SEND)
        .routeId("notification-send")
        .setProperty(NOTIFICATION, body())
        .choice()
        .when(e -> !journal.contains(notification(e).id()))
        .to(RECIPIENT)
        .process(
            e ->
                e.getIn()
                    .setBody(
                        NotificationMail.of(
                            notification(e), e.getIn().getBody(String.class), from, appUrl)))
        .removeHeaders("*")
        .to(smtpUri(host))
        .process(e -> journal.add(notification(e).id()))
        .process(e -> log.info("notification {} mailed", notification(e).id()))
        .end()
        .removeHeaders("*")
        .process(
            e -> e.getIn().setHeader(CaseServiceRoutes.PATH, "/" + notification(e).id() + "/sent"))
        .setBody(constant(""))
        .to(CaseServiceRoutes.NOTIFICATION_SENT);

    // the address from the case manager's Keycloak profile (the routes' account may view users)
    from(RECIPIENT)
        .routeId("notification-recipient")
        .removeHeaders("*")
        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
        .process(e -> e.getIn().setHeader(Exchange.HTTP_PATH, "/" + notification(e).recipient()))
        .setHeader("Accept", constant("application/json"))
        .setBody(constant(null))
        .to(
            "{{stepwise.keycloak.users-url}}"
                + "?oauth2ClientId={{stepwise.routes.client-id}}"
                + "&oauth2ClientSecret=RAW({{stepwise.routes.client-secret}})"
                + "&oauth2TokenEndpoint={{stepwise.keycloak.token-url}}"
                + "&oauth2CacheTokens=true")
        .process(e -> e.getIn().setBody(email(e.getIn().getBody(String.class), notification(e))));
  }

  private String smtpUri(String host) {
    var p = getContext().getPropertiesComponent();
    StringBuilder uri =
        new StringBuilder("smtp://")
            .append(host)
            .append(':')
            .append(p.resolveProperty("stepwise.mail.port").orElse("25"))
            .append("?connectionTimeout=10000");
    String user = p.resolveProperty("stepwise.mail.username").orElse("");
    if (!user.isBlank()) {
      uri.append("&username=RAW(").append(user).append(")");
      uri.append("&password=RAW({{stepwise.mail.password}})");
    }
    if (Boolean.parseBoolean(p.resolveProperty("stepwise.mail.starttls").orElse("false"))) {
      uri.append("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
    }
    return uri.toString();
  }

  private static Notification notification(Exchange e) {
    return e.getProperty(NOTIFICATION, Notification.class);
  }

  private static String email(String user, Notification n) {
    try (JsonReader reader = Json.createReader(new StringReader(user))) {
      JsonObject o = reader.readObject();
      if (!o.containsKey("email") || o.isNull("email") || o.getString("email").isBlank()) {
        throw new IllegalStateException(
            "notification " + n.id() + ": the recipient's Keycloak profile has no e-mail address");
      }
      return o.getString("email");
    }
  }
}
