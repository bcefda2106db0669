package org.stepwise.cases.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditTrail;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Appends audit events in one batched statement (the database refuses updates and deletes). */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public void append(List<AuditEvent> events) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_event (occurred_at, subject, username, roles, action, operation,"
                    + " record_type, record_id, client_id, outcome, origin)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      // an unauditable access must not succeed
      throw new IllegalStateException("writing the audit trail failed: " + e.getSQLState(), e);
    }
  }
}
