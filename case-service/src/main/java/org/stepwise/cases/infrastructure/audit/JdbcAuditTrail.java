package org.stepwise.cases.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.domain.model.audit.AuditQuery;
import org.stepwise.cases.domain.model.audit.AuditTrail;
import org.stepwise.cases.domain.model.audit.RecordedAuditEvent;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Appends audit events in one batched statement (the database refuses updates and deletes). */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

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
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_event (occurred_at, subject, username, roles, action, operation,"
                    + " record_type, record_id, client_id, outcome, origin, consent_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEvent e : events) {
        s.setTimestamp(1, Timestamp.from(e.occurredAt()));
        s.setString(2, e.subject());
        s.setString(3, e.username());
        s.setString(4, e.roles());
        s.setString(5, e.action().name());
        s.setString(6, e.operation());
        s.setString(7, e.recordType());
        s.setString(8, e.recordId());
        if (e.clientId() == null) {
          s.setNull(9, Types.BIGINT);
        } else {
          s.setLong(9, e.clientId());
        }
        s.setString(10, e.outcome().name());
        s.setString(11, e.origin());
        if (e.consentId() == null) {
          s.setNull(12, Types.BIGINT);
        } else {
          s.setLong(12, e.consentId());
        }
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      // an unauditable access must not succeed
      throw new IllegalStateException("writing the audit trail failed: " + e.getSQLState(), e);
    }
  }
}
