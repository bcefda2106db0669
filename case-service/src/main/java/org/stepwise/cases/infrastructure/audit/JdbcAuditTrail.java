package org.stepwise.cases.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.stepwise.cases.domain.model.audit.RecordedAuditEvent;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Appends audit events in one statement of arrays (the database refuses updates and deletes). */
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
    if (events.isEmpty()) {
      return;
    }
    int n = events.size();
    String[] at = new String[n];
    String[] subject = new String[n];
    String[] username = new String[n];
    String[] roles = new String[n];
    String[] action = new String[n];
    String[] operation = new String[n];
    String[] recordType = new String[n];
    String[] recordId = new String[n];
    Long[] client = new Long[n];
    String[] outcome = new String[n];
    String[] origin = new String[n];
    Long[] consent = new Long[n];
    for (int i = 0; i < n; i++) {
      AuditEvent e = events.get(i);
      at[i] = e.occurredAt().toString();
      subject[i] = e.subject();
      username[i] = e.username();
      roles[i] = e.roles();
      action[i] = e.action().name();
      operation[i] = e.operation();
      recordType[i] = e.recordType();
      recordId[i] = e.recordId();
      client[i] = e.clientId();
      outcome[i] = e.outcome().name();
      origin[i] = e.origin();
      consent[i] = e.consentId();
    }
    // one statement however many events (a cadence run writes thousands)
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_event (occurred_at, subject, username, roles, action, operation,"
                    + " record_type, record_id, client_id, outcome, origin, consent_id)"
                    + " SELECT * FROM unnest(?::text[]::timestamptz[], ?::varchar[], ?::varchar[],"
                    + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
                    + " ?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[])")) {
      s.setArray(1, c.createArrayOf("text", at));
      s.setArray(2, c.createArrayOf("varchar", subject));
      s.setArray(3, c.createArrayOf("varchar", username));
      s.setArray(4, c.createArrayOf("varchar", roles));
      s.setArray(5, c.createArrayOf("varchar", action));
      s.setArray(6, c.createArrayOf("varchar", operation));
      s.setArray(7, c.createArrayOf("varchar", recordType));
      s.setArray(8, c.createArrayOf("varchar", recordId));
      s.setArray(9, c.createArrayOf("bigint", client));
      s.setArray(10, c.createArrayOf("varchar", outcome));
      s.setArray(11, c.createArrayOf("varchar", origin));
      s.setArray(12, c.createArrayOf("bigint", consent));
      s.executeUpdate();
    } catch (SQLException e) {
      // an unauditable access must not succeed
      throw new IllegalStateException("writing the audit trail failed: " + e.getSQLState(), e);
    }
  }
}
