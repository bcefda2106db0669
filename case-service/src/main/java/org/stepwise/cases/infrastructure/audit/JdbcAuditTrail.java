package org.stepwise.cases.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.domain.model.audit.AuditQuery;
import org.stepwise.cases.domain.model.audit.AuditTrail;
import org.stepwise.cases.domain.model.audit.ChainVerification;
import org.stepwise.cases.domain.model.audit.RecordedAuditEvent;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;
import org.stepwise.cases.infrastructure.persistence.jdbc.UnnestRows;

/** Appends audit events in one statement of arrays (the database refuses updates and deletes). */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  private static final UnnestRows<AuditEvent> ROWS =
      new UnnestRows<AuditEvent>()
          .timestamptz("occurred_at", AuditEvent::occurredAt)
          .text("subject", AuditEvent::subject)
          .text("username", AuditEvent::username)
          .text("roles", AuditEvent::roles)
          .text("action", e -> e.action().name())
          .text("operation", AuditEvent::operation)
          .text("record_type", AuditEvent::recordType)
          .text("record_id", AuditEvent::recordId)
          .bigint("client_id", AuditEvent::clientId)
          .text("outcome", e -> e.outcome().name())
          .text("origin", AuditEvent::origin)
          .bigint("consent_id", AuditEvent::consentId);

  private static final String INSERT =
      "INSERT INTO audit_event (occurred_at, subject, username, roles, action, operation,"
          + " record_type, record_id, client_id, outcome, origin, consent_id) SELECT * FROM "
          + ROWS.from("e");

  @Inject private ApplicationMetrics metrics;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** The first link, in chain order, that does not hold, and why. */
  private static final String FIRST_BROKEN_LINK =
      """
      SELECT t.event_id, t.problem FROM (
        SELECT l.seq, l.event_id,
               CASE WHEN e.id IS NULL THEN 'EVENT_MISSING'
                    WHEN l.prev_hash IS DISTINCT FROM
                         coalesce(lag(l.hash) OVER (ORDER BY l.seq), audit_chain_genesis())
                         THEN 'LINK_BROKEN'
                    WHEN l.hash IS DISTINCT FROM audit_event_digest(l.prev_hash, e)
                         THEN 'EVENT_CHANGED'
               END AS problem
          FROM audit_chain_link l LEFT JOIN audit_event e ON e.id = l.event_id) t
       WHERE t.problem IS NOT NULL
       ORDER BY t.seq LIMIT 1
      """;

  /**
   * An event with neither a link nor a pending note: written with the note's trigger switched off,
   * or its note removed behind the application's back.
   */
  private static final String UNCHAINED =
      "SELECT min(e.id) FROM audit_event e"
          + " WHERE NOT EXISTS (SELECT 1 FROM audit_chain_link l WHERE l.event_id = e.id)"
          + " AND NOT EXISTS (SELECT 1 FROM audit_chain_pending p WHERE p.event_id = e.id)";

  @Override
  public int extendChain(int maxEvents) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT audit_chain_extend(?)")) {
      s.setInt(1, maxEvents);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("extending the audit chain failed: " + e.getSQLState(), e);
    }
  }

  /** The head agrees with the last link (links cut off the end would leave it ahead). */
  private static final String HEAD =
      "SELECT h.seq, encode(h.hash, 'hex'),"
          + " (SELECT count(*) FROM audit_chain_link),"
          + " h.hash IS NOT DISTINCT FROM (SELECT hash FROM audit_chain_link ORDER BY seq DESC"
          + " LIMIT 1) OR (h.seq = 0 AND h.hash = audit_chain_genesis())"
          + " FROM audit_chain_head h";

  @Override
  public ChainVerification verify() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement broken = c.prepareStatement(FIRST_BROKEN_LINK);
        PreparedStatement unchained = c.prepareStatement(UNCHAINED);
        PreparedStatement head = c.prepareStatement(HEAD)) {
      long events;
      String headHash;
      boolean headHolds;
      try (ResultSet rs = head.executeQuery()) {
        rs.next();
        headHash = rs.getString(2);
        events = rs.getLong(3);
        headHolds = rs.getBoolean(4) && rs.getLong(1) == events;
      }
      try (ResultSet rs = broken.executeQuery()) {
        if (rs.next()) {
          return new ChainVerification(events, headHash, rs.getLong(1), rs.getString(2));
        }
      }
      try (ResultSet rs = unchained.executeQuery()) {
        rs.next();
        long id = rs.getLong(1);
        if (!rs.wasNull()) {
          return new ChainVerification(events, headHash, id, "UNCHAINED_EVENT");
        }
      }
      return new ChainVerification(events, headHash, null, headHolds ? null : "HEAD_MISMATCH");
    } catch (SQLException e) {
      throw new IllegalStateException("verifying the audit trail failed: " + e.getSQLState(), e);
    }
  }

  @Override
  public List<RecordedAuditEvent> search(AuditQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, occurred_at, subject, username, roles, action, operation, record_type,"
                + " record_id, client_id, outcome, origin, consent_id FROM audit_event WHERE TRUE");
    List<Object> params = new ArrayList<>();
    if (q.clientId() != null) {
      sql.append(" AND client_id = ?");
      params.add(q.clientId());
    }
    if (q.user() != null) {
      sql.append(" AND (username = ? OR subject = ?)");
      params.add(q.user());
      params.add(q.user());
    }
    if (q.action() != null) {
      sql.append(" AND action = ?");
      params.add(q.action().name());
    }
    if (q.outcome() != null) {
      sql.append(" AND outcome = ?");
      params.add(q.outcome().name());
    }
    if (q.from() != null) {
      sql.append(" AND occurred_at >= ?");
      params.add(Timestamp.from(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND occurred_at < ?");
      params.add(Timestamp.from(q.to()));
    }
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
    params.add(q.size());
    params.add((long) q.page() * q.size());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      List<RecordedAuditEvent> events = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Object clientColumn = rs.getObject("client_id");
          Long client = clientColumn == null ? null : ((Number) clientColumn).longValue();
          events.add(
              new RecordedAuditEvent(
                  rs.getLong("id"),
                  new AuditEvent(
                      rs.getTimestamp("occurred_at").toInstant(),
                      rs.getString("subject"),
                      rs.getString("username"),
                      rs.getString("roles"),
                      AuditAction.valueOf(rs.getString("action")),
                      rs.getString("operation"),
                      rs.getString("record_type"),
                      rs.getString("record_id"),
                      client,
                      AuditOutcome.valueOf(rs.getString("outcome")),
                      rs.getString("origin"),
                      (Long) rs.getObject("consent_id"))));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit trail failed: " + e.getSQLState(), e);
    }
  }

  @Override
  public void append(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    // one statement however many events (a cadence run writes thousands)
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      ROWS.bind(c, s, 1, events);
      s.executeUpdate();
      metrics.auditEvents(events.size());
    } catch (SQLException e) {
      // an unauditable access must not succeed
      throw new IllegalStateException("writing the audit trail failed: " + e.getSQLState(), e);
    }
  }
}
