package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.notification.Notification;
import org.stepwise.cases.domain.model.notification.NotificationRepository;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Notifications of attention items for the routes to mail: an URGENT one per urgent item as soon as
 * it is open, the day's DIGEST of the rest once the routes say its hour has come. Each item is told
 * of once per kind; a notification is sent once (the routes keep a journal of what they sent, and
 * report it here).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject private NotificationRepository notifications;
  @Inject private ProgramCalendar calendar;

  /** The answer to a report: the notification and whether this report changed it. */
  public record Sent(long id, boolean changed) {}

  @Audited(action = AuditAction.UPDATE, record = "notification-claim")
  public List<Notification> claim(LocalDate digestDay, Duration lease, int limit) {
    return notifications.claim(digestDay, calendar.now(), lease, limit);
  }

  @Audited(action = AuditAction.UPDATE, record = "notification")
  public Sent sent(long id) {
    if (notifications.sent(id, calendar.now())) {
      return new Sent(id, true);
    }
    if (!notifications.exists(id)) {
      throw new NotFound("notification", id);
    }
    return new Sent(id, false);
  }
}
