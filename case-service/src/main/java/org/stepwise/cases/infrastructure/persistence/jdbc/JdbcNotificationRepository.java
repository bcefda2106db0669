package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.notification.Notification;
import org.stepwise.cases.domain.model.notification.NotificationKind;
import org.stepwise.cases.domain.model.notification.NotificationRepository;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Notifications in three set-based statements per claim: the urgent ones, the day's digests, the
 * claim. A transaction-scoped advisory lock makes claims one at a time whichever replica serves
 * them, so two pollers cannot make the same digest or tell of one item twice.
 */
@ApplicationScoped
public class JdbcNotificationRepository implements NotificationRepository {

  /** The advisory lock key of notification claims ('SWNT'). */
  private static final long CLAIM_LOCK = 0x53574e54L;

  /** Open urgent items of assigned clients not told of yet: one notification each. */
  private static final String MAKE_URGENT =
      """
      WITH due AS MATERIALIZED (
        SELECT i.id AS item_id, nextval('notification_id_seq') AS nid,
               c.case_manager_subject AS subject
          FROM attention_item i JOIN client c ON c.id = i.client_id
         WHERE i.severity = 'URGENT' AND i.status = 'OPEN' AND c.case_manager_subject IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM notification_item ni
                            WHERE ni.item_id = i.id AND ni.kind = 'URGENT')),
      made AS (
        INSERT INTO notification (id, kind, recipient_subject, urgent_count, other_count,
                                  created_at, status)
        SELECT nid, 'URGENT', subject, 1, 0, ?, 'PENDING' FROM due)
      INSERT INTO notification_item (item_id, kind, notification_id)
      SELECT item_id, 'URGENT', nid FROM due
      """;

  /**
   * The day's digest for each case manager without one yet, of their other items not resolved and
   * not in a digest before; it also counts their urgent items not resolved.
   */
  private static final String MAKE_DIGESTS =
      """
      WITH due AS MATERIALIZED (
        SELECT i.id AS item_id, c.case_manager_subject AS subject
          FROM attention_item i JOIN client c ON c.id = i.client_id
         WHERE i.severity <> 'URGENT' AND i.status <> 'RESOLVED'
           AND c.case_manager_subject IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM notification_item ni
                            WHERE ni.item_id = i.id AND ni.kind = 'DIGEST')
           AND NOT EXISTS (SELECT 1 FROM notification n
                            WHERE n.kind = 'DIGEST' AND n.digest_day = ?
                              AND n.recipient_subject = c.case_manager_subject)),
      subjects AS MATERIALIZED (
        SELECT subject, nextval('notification_id_seq') AS nid, count(*) AS others
          FROM due GROUP BY subject),
      made AS (
        INSERT INTO notification (id, kind, recipient_subject, digest_day, urgent_count,
                                  other_count, created_at, status)
        SELECT s.nid, 'DIGEST', s.subject, ?,
               (SELECT count(*) FROM attention_item u JOIN client uc ON uc.id = u.client_id
                 WHERE u.severity = 'URGENT' AND u.status <> 'RESOLVED'
                   AND uc.case_manager_subject = s.subject),
               s.others, ?, 'PENDING'
          FROM subjects s)
      INSERT INTO notification_item (item_id, kind, notification_id)
      SELECT d.item_id, 'DIGEST', s.nid FROM due d JOIN subjects s ON s.subject = d.subject
      """;

  private static final String CLAIM =
      """
      UPDATE notification n SET lease_token = ?, lease_expires_at = ?, attempts = n.attempts + 1
       WHERE n.id IN (SELECT p.id FROM notification p
                       WHERE p.status = 'PENDING'
                         AND (p.lease_expires_at IS NULL OR p.lease_expires_at < ?)
                       ORDER BY p.id LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING n.id, n.kind, n.recipient_subject, n.digest_day, n.urgent_count, n.other_count,
                n.attempts, n.lease_token
      """;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public List<Notification> claim(LocalDate digestDay, Instant now, Duration lease, int limit) {
    Timestamp at = Timestamp.from(now);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        s.setLong(1, CLAIM_LOCK);
        s.execute();
      }
      try (PreparedStatement s = c.prepareStatement(MAKE_URGENT)) {
        s.setTimestamp(1, at);
        s.executeUpdate();
      }
      if (digestDay != null) {
        try (PreparedStatement s = c.prepareStatement(MAKE_DIGESTS)) {
          s.setDate(1, Date.valueOf(digestDay));
          s.setDate(2, Date.valueOf(digestDay));
          s.setTimestamp(3, at);
          s.executeUpdate();
        }
      }
      List<Notification> claimed = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(CLAIM)) {
        s.setObject(1, UUID.randomUUID());
        s.setTimestamp(2, Timestamp.from(now.plus(lease)));
        s.setTimestamp(3, at);
        s.setInt(4, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            claimed.add(
                new Notification(
                    rs.getLong(1),
                    NotificationKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    Sql.date(rs, 4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    (UUID) rs.getObject(8)));
          }
        }
      }
      claimed.sort(java.util.Comparator.comparingLong(Notification::id));
      return claimed;
    } catch (SQLException e) {
      throw Sql.failed("claiming notifications", e);
    }
  }

  @Override
  public boolean sent(long id, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE notification SET status = 'SENT', sent_at = ?, lease_token = NULL,"
                    + " lease_expires_at = NULL WHERE id = ? AND status = 'PENDING'")) {
      s.setTimestamp(1, Timestamp.from(at));
      s.setLong(2, id);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw Sql.failed("recording a notification sent", e);
    }
  }

  @Override
  public boolean exists(long id) {
    return !Sql.list(
            dataSource,
            "reading a notification",
            "SELECT 1 FROM notification WHERE id = ?",
            rs -> 1,
            id)
        .isEmpty();
  }
}
