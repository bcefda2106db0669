package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.delivery.Delivery;
import org.stepwise.cases.domain.model.delivery.DeliveryAttempt;
import org.stepwise.cases.domain.model.delivery.DeliveryChange;
import org.stepwise.cases.domain.model.delivery.DeliveryRepository;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Deliveries as guarded updates: a change names the status, lease and attempt count it was decided
 * on, and its attempt is logged by the same statement, so a change that lost a race leaves no
 * trace. Due deliveries are claimed with SKIP LOCKED.
 */
@ApplicationScoped
public class JdbcDeliveryRepository implements DeliveryRepository {

  static final String COLUMNS =
      "d.summary_id, d.status, d.status_reason, d.attempts, d.next_attempt_at, d.lease_token,"
          + " d.lease_expires_at, d.delivered_at, d.last_error, d.revoked_while_claimed_at";

  private static final String APPLY =
      """
      WITH changed AS (
        UPDATE delivery SET status = ?, status_reason = ?, attempts = ?, next_attempt_at = ?,
                            delivered_at = coalesce(?, delivered_at), last_error = ?,
                            lease_token = NULL, lease_expires_at = NULL
         WHERE summary_id = ? AND status = ? AND attempts = ?
           AND lease_token IS NOT DISTINCT FROM ?
        RETURNING summary_id),
      logged AS (
        INSERT INTO delivery_attempt (summary_id, attempted_at, outcome, http_status, detail,
                                      recorded_by)
        SELECT summary_id, ?::timestamptz, ?::text, ?::int, ?::text, ?::text FROM changed
         WHERE ?::boolean)
      SELECT summary_id FROM changed
      """;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  public JdbcDeliveryRepository() {}

  /** For tests that drive the repository against a database without the container. */
  public JdbcDeliveryRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void openAll(List<Long> summaryIds, List<String> withheldReasons, Instant now) {
    execute(
        "INSERT INTO delivery (summary_id, status, status_reason, next_attempt_at)"
            + " SELECT t.id, CASE WHEN t.reason IS NULL THEN 'PENDING' ELSE 'WITHHELD' END,"
            + " t.reason, CASE WHEN t.reason IS NULL THEN ?::timestamptz END"
            + " FROM unnest(?::bigint[], ?::text[]) AS t(id, reason)",
        now,
        summaryIds,
        withheldReasons.toArray(String[]::new));
  }

  @Override
  public Optional<Delivery> find(long summaryId) {
    return query("SELECT " + COLUMNS + " FROM delivery d WHERE d.summary_id = ?", summaryId)
        .stream()
        .findFirst();
  }

  @Override
  public List<Delivery> claimDue(Instant now, int limit, Duration lease) {
    Instant until = now.plus(lease);
    return query(
        "UPDATE delivery d SET lease_token = gen_random_uuid(), lease_expires_at = ?,"
            + " next_attempt_at = ? WHERE d.summary_id IN (SELECT summary_id FROM delivery"
            + " WHERE status = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, summary_id LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING "
            + COLUMNS,
        until,
        until,
        now,
        limit);
  }

  @Override
  public boolean apply(DeliveryChange change) {
    Delivery from = change.from();
    DeliveryAttempt a = change.attempt();
    return !query(
            APPLY,
            r -> r.getLong(1),
            change.to(),
            change.statusReason(),
            change.attempts(),
            change.nextAttemptAt(),
            change.deliveredAt(),
            change.lastError(),
            from.summaryId(),
            from.status(),
            from.attempts(),
            from.lease(),
            a == null ? null : a.attemptedAt(),
            a == null ? null : a.outcome(),
            a == null ? null : a.httpStatus(),
            a == null ? null : a.detail(),
            a == null ? null : a.by(),
            a != null)
        .isEmpty();
  }

  @Override
  public int withholdUnderConsent(long consentId, String reason, Instant now) {
    // a lease is cleared by every report, so one still set means the document was handed out and
    // nothing has been heard of it since (even if the lease ran out, the poller may still send
    // it); the lease stays, so that poller's report is recognised
    return query(
            "UPDATE delivery d SET status = 'WITHHELD', status_reason = ?, next_attempt_at = NULL,"
                + " revoked_while_claimed_at = CASE WHEN d.status = 'PENDING'"
                + " AND d.lease_token IS NOT NULL THEN ?::timestamptz END"
                + " FROM progress_summary s WHERE s.id = d.summary_id AND s.consent_id = ?"
                + " AND d.status IN ('PENDING', 'FAILED') RETURNING d.summary_id",
            r -> r.getLong(1),
            reason,
            now,
            consentId)
        .size();
  }

  /** A delivery from the columns {@link #COLUMNS} starting at {@code at}. */
  static Delivery read(ResultSet rs, int at) throws SQLException {
    return new Delivery(
        rs.getLong(at),
        DeliveryStatus.valueOf(rs.getString(at + 1)),
        rs.getString(at + 2),
        rs.getInt(at + 3),
        Sql.instant(rs, at + 4),
        (UUID) rs.getObject(at + 5),
        Sql.instant(rs, at + 6),
        Sql.instant(rs, at + 7),
        rs.getString(at + 8),
        Sql.instant(rs, at + 9));
  }

  private List<Delivery> query(String sql, Object... params) {
    return query(sql, rs -> read(rs, 1), params);
  }

  private <T> List<T> query(String sql, Sql.Row<T> row, Object... params) {
    return Sql.list(dataSource, "working on deliveries", sql, row, params);
  }

  private void execute(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, params);
      s.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failed("opening deliveries", e);
    }
  }
}
