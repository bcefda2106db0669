package org.stepwise.routes.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * The e-mail of a notification, and all of it: counts in the subject, a link in the body, nothing
 * else. No client's name, no rule, nothing that tells what kind of care anyone receives: an e-mail
 * crosses servers Stepwise does not control, and a substance-use record must not (42 CFR Part 2).
 * The message is built here whole, so no header of the route can leak into it; its Message-ID is
 * the notification's, so a copy sent again after a crash is recognisably the same message.
 */
public final class NotificationMail {

  private static final Session SESSION = Session.getInstance(new Properties());

  private NotificationMail() {}

  /** "Stepwise: 1 urgent item and 4 others need your attention", and its other numbers. */
  public static String subject(int urgent, int others) {
    String what;
    if (urgent > 0 && others > 0) {
      what =
          urgent
              + " urgent "
              + (urgent == 1 ? "item" : "items")
              + " and "
              + others
              + (others == 1 ? " other" : " others")
              + " need your attention";
    } else if (urgent > 0) {
      what =
          urgent == 1
              ? "1 urgent item needs your attention"
              : urgent + " urgent items need your attention";
    } else {
      what = others == 1 ? "1 item needs your attention" : others + " items need your attention";
    }
    return "Stepwise: " + what;
  }

  public static String body(String appUrl) {
    return "Some of your clients need your attention in Stepwise.\n\n"
        + "Open Stepwise to see who and why: "
        + appUrl
        + "\n\n"
        + "This message says nothing more on purpose: what it is about stays in Stepwise.\n";
  }

  /** The message to {@code to}, from {@code from}. */
  public static MimeMessage of(Notification n, String to, String from, String appUrl)
      throws MessagingException {
    String domain = from.substring(from.indexOf('@') + 1);
    MimeMessage message = new FixedIdMessage("<notification-" + n.id() + "@" + domain + ">");
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject(n.urgent(), n.others()), "UTF-8");
    message.setText(body(appUrl), "UTF-8");
    message.setSentDate(new Date());
    return message;
  }

  /** A message whose Message-ID is the one given, not one made up when it is sent. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(String messageId) {
      super(SESSION);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
