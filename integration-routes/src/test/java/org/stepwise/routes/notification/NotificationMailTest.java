package org.stepwise.routes.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotificationMailTest {

  @Test
  void theSubjectSaysHowManyAndNothingElse() {
    assertEquals(
        "Stepwise: 1 urgent item and 4 others need your attention", NotificationMail.subject(1, 4));
    assertEquals(
        "Stepwise: 2 urgent items and 1 other need your attention", NotificationMail.subject(2, 1));
    assertEquals("Stepwise: 1 urgent item needs your attention", NotificationMail.subject(1, 0));
    assertEquals("Stepwise: 3 urgent items need your attention", NotificationMail.subject(3, 0));
    assertEquals("Stepwise: 1 item needs your attention", NotificationMail.subject(0, 1));
    assertEquals("Stepwise: 5 items need your attention", NotificationMail.subject(0, 5));
  }

  @Test
  void theMessageKeepsTheNotificationsIdWhenItIsSent() throws Exception {
    MimeMessage m =
        NotificationMail.of(
            new Notification(42, "URGENT", "subject-id", 1, 0),
            "cm@example.org",
            "stepwise@example.org",
            "https://stepwise.example.org/");
    m.saveChanges();
    assertEquals("<notification-42@example.org>", m.getMessageID());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    String whole = out.toString(StandardCharsets.UTF_8);
    assertEquals(false, whole.contains("subject-id"), "the Keycloak subject stays out: " + whole);
  }
}
