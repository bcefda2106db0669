package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DatabaseEndpoint;
import org.stepwise.platform.DemoUser;

/**
 * Case managers' e-mail through a real SMTP server (GreenMail): an urgent item is mailed at once,
 * the other items once a day at the digest hour of the routes' clock, each message only counts and
 * a link; and a notification mailed just before the routes crashed is not mailed again.
 */
class NotificationMailIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
  private static final String RIVERA = "cm.rivera@demo.stepwise.invalid";

  /** What a message must never say: a client's name, a rule, anything clinical. */
  private static final List<String> NEVER =
      List.of(
          "relapse",
          "lapse",
          "phq",
          "suicid",
          "self_harm",
          "self-harm",
          "use_logged",
          "no_recent_attendance",
          "missed_psychiatric",
          "therapy",
          "below_requirement",
          "step_down",
          "consent_expiring",
          "summary_not_sent",
          "summary_unacknowledged");

  private final RoutesTestPlatform platform = RoutesTestPlatform.get();
  private GreenMail mail;

  @BeforeEach
  void startMail() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stopMail() {
    mail.stop();
  }

  @Test
  void urgentAtOnceTheDigestAtItsHourAndNothingOfTheClientInEither() throws Exception {
    String family = "Notify" + RUN;
    long client = client(family);
    phq9WithItem9(client);
    lapse(client);
    long urgentItem = item(client, "SELF_HARM_THOUGHTS");
    // a meeting requirement and no meeting: only the attention run, which the routes call, sees it
    long idle = client("Idle" + RUN);
    requireMeetings(idle, 3);
    assertTrue(items(idle).isEmpty(), "no write raised it");
    Path state = Path.of("target/routes-state-mail-" + RUN).toAbsolutePath();

    // 06:00 at the program: before the digest hour, only the urgent item is mailed
    try (RoutesRunner routes =
        RoutesRunner.start(settings(state, platform.platform.serviceUrl(), "06:00"))) {
      IntakeFixtures.await(
          () -> sentAt(client, urgentItem) != null, Duration.ofSeconds(60), "the urgent item told");
      IntakeFixtures.await(
          () -> !items(idle).isEmpty(), Duration.ofSeconds(30), "the routes' attention run");
      Thread.sleep(2_000);
    }
    // other tests' notifications may go out too: this test's are known by their Message-ID
    String urgentId = messageId(notificationOf(urgentItem));
    List<MimeMessage> urgent = withId(urgentId);
    assertEquals(1, urgent.size(), "one message for the urgent item");
    assertEquals("Stepwise: 1 urgent item needs your attention", urgent.get(0).getSubject());
    assertEquals(RIVERA, urgent.get(0).getAllRecipients()[0].toString());
    assertEquals(null, digestOfToday(), "no digest before its hour");

    // 08:00: the day's digest, which counts the urgent item not resolved as well
    try (RoutesRunner routes =
        RoutesRunner.start(settings(state, platform.platform.serviceUrl(), "08:00"))) {
      IntakeFixtures.await(
          () -> digestOfToday() != null && !withId(messageId(digestOfToday())).isEmpty(),
          Duration.ofSeconds(60),
          "the digest");
      Thread.sleep(2_000);
    }
    List<MimeMessage> digest = withId(messageId(digestOfToday()));
    assertEquals(1, digest.size(), "the digest once");
    assertEquals(1, withId(urgentId).size(), "the urgent item not mailed again");
    assertTrue(
        digest
            .get(0)
            .getSubject()
            .matches("Stepwise: \\d+ urgent items? and \\d+ others? need your attention"),
        digest.get(0).getSubject());

    MimeMessage[] all = mail.getReceivedMessages();
    for (MimeMessage m : all) {
      String whole = GreenMailUtil.getWholeMessage(m);
      String lower = whole.toLowerCase(Locale.ROOT);
      assertFalse(whole.contains(family), "the client's family name in: " + whole);
      assertFalse(lower.contains("intake resident") || lower.contains("notify"), whole);
      for (String word : NEVER) {
        assertFalse(lower.contains(word), "'" + word + "' in: " + whole);
      }
      assertTrue(GreenMailUtil.getBody(m).contains("http://localhost:8080/"), "the link");
      for (Header h : Collections.list(m.getAllHeaders())) {
        assertFalse(
            h.getName().startsWith("Camel") || h.getName().startsWith("Stepwise"),
            "a route's header in the mail: " + h.getName());
      }
    }
  }

  @Test
  void aNotificationMailedJustBeforeACrashIsNotMailedAgain() throws Exception {
    long client = client("Crash" + RUN);
    phq9WithItem9(client);
    long urgentItem = item(client, "SELF_HARM_THOUGHTS");
    Path state = Path.of("target/routes-state-mail-crash-" + RUN).toAbsolutePath();
    Path journal = state.resolve("sent-notifications.txt");
    URI service = URI.create(platform.platform.serviceUrl());
    try (SwitchableRelay relay = new SwitchableRelay(service.getPort())) {
      relay.up(true);
      // the moment the mail server takes the message, case-service becomes unreachable: the
      // routes cannot report it sent
      MessageDeliveryHandler deliver = mail.getUserManager().getMessageDeliveryHandler();
      java.util.concurrent.atomic.AtomicBoolean first =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      mail.getUserManager()
          .setMessageDeliveryHandler(
              (message, address) -> {
                if (first.getAndSet(false)) {
                  relay.up(false);
                }
                return deliver.handle(message, address);
              });
      String viaRelay = "http://127.0.0.1:" + relay.port();
      Map<String, String> settings = settings(state, viaRelay, "06:00");
      Path log = Path.of("target/routes-mail-crash-" + RUN + ".log");
      try (RoutesProcess routes = RoutesProcess.start(settings, log)) {
        IntakeFixtures.await(
            () -> mail.getReceivedMessages().length >= 1, Duration.ofSeconds(90), "the mail");
        IntakeFixtures.await(() -> journaled(journal), Duration.ofSeconds(10), "the journal");
        routes.kill();
      }
      long notification = notificationOf(urgentItem);
      assertEquals(null, sentAt(client, urgentItem), "case-service was never told");

      relay.up(true);
      try (RoutesProcess routes = RoutesProcess.start(settings, log)) {
        IntakeFixtures.await(
            () -> sentAt(client, urgentItem) != null,
            Duration.ofSeconds(90),
            "the restarted routes report it sent");
      }
      assertEquals(1, withId(messageId(notification)).size(), "mailed once, though claimed twice");
    }
  }

  private Map<String, String> settings(Path state, String caseService, String localTime) {
    Map<String, String> p = new HashMap<>();
    p.put("stepwise.case-service.url", caseService);
    p.put("stepwise.keycloak.token-url", platform.tokenUrl());
    p.put(
        "stepwise.keycloak.users-url",
        platform.platform.issuer().replace("/realms/", "/admin/realms/") + "/users");
    p.put("stepwise.state-dir", state.toString());
    p.put("stepwise.cluster-dir", state.resolve("cluster").toString());
    p.put("stepwise.intake.houses", "");
    p.put("stepwise.summaries.run-period", "3600000");
    p.put("stepwise.summaries.run-delay", "3600000");
    p.put("stepwise.delivery.poll-period", "3600000");
    p.put("stepwise.mail.host", "127.0.0.1");
    p.put("stepwise.mail.port", Integer.toString(mail.getSmtp().getPort()));
    p.put("stepwise.mail.from", "stepwise@demo.stepwise.invalid");
    p.put("stepwise.app-url", "http://localhost:8080/");
    p.put("stepwise.attention.run-delay", "200");
    p.put("stepwise.notifications.poll-period", "500");
    p.put("stepwise.notifications.delay", "200");
    p.put("stepwise.notifications.lease-seconds", "3");
    p.put("stepwise.retry.delay", "200");
    p.put("stepwise.zone", "America/New_York");
    p.put("stepwise.notifications.digest-hour", "7");
    p.put(
        "stepwise.clock.fixed",
        LocalDate.now(IntakeFixtures.ZONE)
            .atTime(java.time.LocalTime.parse(localTime))
            .atZone(IntakeFixtures.ZONE)
            .toInstant()
            .toString());
    return p;
  }

  private long client(String family) {
    return created(
            "/api/v1/clients",
            "{\"givenName\":\"Quinn\",\"familyName\":\""
                + family
                + "\",\"dateOfBirth\":\"1990-01-01\",\"recoveryStartDate\":\""
                + LocalDate.now(IntakeFixtures.ZONE).minusDays(40)
                + "\"}")
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  private void requireMeetings(long client, int perWeek) {
    String cm = platform.token(DemoUser.CM_RIVERA);
    String etag = platform.api.get("/api/v1/clients/" + client, cm).header("ETag");
    ApiClient.Response r =
        platform.api.put(
            "/api/v1/clients/" + client + "/meeting-requirement",
            cm,
            "{\"perWeek\":" + perWeek + "}",
            Map.of("If-Match", etag));
    assertEquals(200, r.status(), r.body());
  }

  private void phq9WithItem9(long client) {
    created(
        "/api/v1/clients/" + client + "/measures",
        "{\"instrument\":\"PHQ_9\",\"administeredOn\":\""
            + LocalDate.now(IntakeFixtures.ZONE)
            + "\",\"answers\":[1,1,0,0,0,0,0,0,1]}");
  }

  private void lapse(long client) {
    created(
        "/api/v1/clients/" + client + "/trigger-log",
        "{\"occurredOn\":\""
            + LocalDate.now(IntakeFixtures.ZONE)
            + "\",\"category\":\"PLACES\",\"situation\":\"Walked past the old bar\","
            + "\"feelings\":\"restless\",\"haltStates\":[],\"craving\":8,"
            + "\"responseFromPlan\":false,\"response\":\"Went in\",\"outcome\":\"LAPSE\"}");
  }

  /** A POST as cm.rivera that must create what it sends. */
  private ApiClient.Response created(String path, String body) {
    ApiClient.Response r = platform.api.post(path, platform.token(DemoUser.CM_RIVERA), body);
    assertEquals(201, r.status(), r.body());
    return r;
  }

  private List<JsonObject> items(long client) {
    return platform
        .api
        .get("/api/v1/clients/" + client + "/attention", platform.token(DemoUser.CM_RIVERA))
        .array()
        .getValuesAs(JsonObject.class);
  }

  private long item(long client, String rule) {
    return items(client).stream()
        .filter(i -> i.getString("rule").equals(rule))
        .mapToLong(i -> i.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " item"));
  }

  /** When case-service was told the item's first notification was sent; null: not (yet). */
  private String sentAt(long client, long item) {
    return items(client).stream()
        .filter(i -> i.getJsonNumber("id").longValue() == item)
        .flatMap(i -> i.getJsonArray("notices").getValuesAs(JsonObject.class).stream())
        .filter(n -> !n.isNull("sentAt"))
        .map(n -> n.getString("sentAt"))
        .findFirst()
        .orElse(null);
  }

  private long notificationOf(long item) throws Exception {
    Long id =
        single(
            "SELECT notification_id FROM notification_item WHERE item_id = ? AND kind = 'URGENT'",
            item);
    assertTrue(id != null, "no urgent notification of item " + item);
    return id;
  }

  private List<MimeMessage> withId(String messageId) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      try {
        if (messageId.equals(m.getMessageID())) {
          found.add(m);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  private static String messageId(Long notification) {
    return "<notification-" + notification + "@demo.stepwise.invalid>";
  }

  /** Today's digest for cm.rivera, once made. */
  private Long digestOfToday() {
    try {
      return single(
          "SELECT id FROM notification WHERE kind = 'DIGEST' AND recipient_subject = ?"
              + " AND digest_day = ?",
          DemoUser.CM_RIVERA.subject(),
          java.sql.Date.valueOf(LocalDate.now(IntakeFixtures.ZONE)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Long single(String sql, Object... params) throws Exception {
    DatabaseEndpoint db = platform.platform.databaseAsSuperuser();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static boolean journaled(Path journal) {
    try {
      return Files.exists(journal) && !Files.readString(journal).isBlank();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
