package org.stepwise.cases.infrastructure.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * The application's own figures on {@code /metrics} (MicroProfile Metrics, Payara's built-in
 * implementation, scope {@code application}): what was accepted, delivered and audited, counted
 * when the transaction that did it commits, so a rolled-back batch counts nothing. Labels are
 * outcomes and endpoint templates only, never a client, a house or a name.
 */
@ApplicationScoped
public class ApplicationMetrics {

  /** What became of a progress summary. */
  public enum SummaryOutcome {
    GENERATED,
    DELIVERED,
    WITHHELD,
    FAILED
  }

  @Inject private MetricRegistry registry;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** Registered when the application starts, so a scrape sees them before any request. */
  void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Metadata connections =
        Metadata.builder()
            .withName("stepwise_db_connections")
            .withDescription(
                "case-service's connections to PostgreSQL by state (pg_stat_activity, all"
                    + " replicas of the same database role): 'open' is every pooled connection,"
                    + " 'active' those running a statement")
            .build();
    registry.gauge(connections, this, m -> m.connections(false), new Tag("state", "open"));
    registry.gauge(connections, this, m -> m.connections(true), new Tag("state", "active"));
  }

  /** A batch's or a manual entry's rows by their answer. */
  public void attendanceRows(Collection<RowOutcome> rows) {
    long[] byResult = new long[RowOutcome.Result.values().length];
    rows.forEach(r -> byResult[r.result().ordinal()]++);
    afterCommit(
        () -> {
          for (RowOutcome.Result result : RowOutcome.Result.values()) {
            count("stepwise_attendance_rows", byResult[result.ordinal()], "result", result);
          }
        });
  }

  public void attendanceRow(RowOutcome.Result result) {
    afterCommit(() -> count("stepwise_attendance_rows", 1, "result", result));
  }

  public void summaries(SummaryOutcome outcome, long n) {
    afterCommit(() -> count("stepwise_summaries", n, "outcome", outcome));
  }

  public void auditEvents(long n) {
    afterCommit(() -> count("stepwise_audit_events", n, null, null));
  }

  /** One answered API request: its endpoint's template (never the path with its ids). */
  public void request(String method, String endpoint, int status) {
    registry
        .counter(
            "stepwise_http_requests",
            new Tag("method", method),
            new Tag("endpoint", endpoint),
            new Tag("status", Integer.toString(status)))
        .inc();
  }

  private void count(String name, long n, String label, Enum<?> value) {
    if (n == 0) {
      return;
    }
    (label == null
            ? registry.counter(name)
            : registry.counter(name, new Tag(label, value.name().toLowerCase(Locale.ROOT))))
        .inc(n);
  }

  /** Runs {@code count} once the caller's transaction commits, or now when there is none. */
  private void afterCommit(Runnable count) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      count.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              count.run();
            }
          }
        });
  }

  private long connections(boolean activeOnly) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = current_user"
                    + " AND application_name = 'case-service'"
                    + (activeOnly ? " AND state = 'active'" : ""))) {
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      return -1; // the database is unreachable: readiness says so; -1 shows it on a graph
    }
  }
}
