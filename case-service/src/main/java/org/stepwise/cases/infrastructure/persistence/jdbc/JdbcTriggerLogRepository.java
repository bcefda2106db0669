package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.recovery.HaltState;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;
import org.stepwise.cases.domain.model.recovery.TriggerLogEntry;
import org.stepwise.cases.domain.model.recovery.TriggerLogRepository;
import org.stepwise.cases.domain.model.recovery.UseOutcome;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Trigger-log entries, insert-only. */
@ApplicationScoped
public class JdbcTriggerLogRepository implements TriggerLogRepository {

  private static final String SELECT =
      "SELECT e.id, e.client_id, e.occurred_on, e.category, e.situation, e.feelings,"
          + " e.halt_states, e.craving, e.response_from_plan, e.response, e.outcome,"
          + " e.corrects_id, e.correction_reason, e.recorded_by, e.recorded_at"
          + " FROM trigger_log_entry e";

  /** Entries no correction replaces. */
  static final String IN_FORCE =
      "NOT EXISTS (SELECT 1 FROM trigger_log_entry x WHERE x.corrects_id = e.id)";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public TriggerLogEntry add(TriggerLogEntry e) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO trigger_log_entry (client_id, occurred_on, category, situation,"
                    + " feelings, halt_states, craving, response_from_plan, response, outcome,"
                    + " corrects_id, correction_reason, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, e.clientId());
      Sql.setDate(s, 2, e.occurredOn());
      s.setString(3, e.category().name());
      s.setString(4, e.situation());
      s.setString(5, e.feelings());
      s.setArray(
          6, c.createArrayOf("text", e.haltStates().stream().sorted().map(Enum::name).toArray()));
      s.setInt(7, e.craving());
      s.setBoolean(8, e.responseFromPlan());
      s.setString(9, e.response());
      s.setString(10, e.outcome().name());
      Sql.setLong(s, 11, e.correctsId());
      s.setString(12, e.correctionReason());
      s.setString(13, e.recordedBy());
      Sql.setInstant(s, 14, e.recordedAt());
      s.executeUpdate();
      return e.withId(Sql.key(s));
    } catch (SQLException x) {
      throw Sql.failed("storing a trigger-log entry", x);
    }
  }

  @Override
  public Optional<TriggerLogEntry> find(long clientId, long entryId) {
    return Sql.list(
            dataSource,
            "reading a trigger-log entry",
            SELECT + " WHERE e.client_id = ? AND e.id = ?",
            JdbcTriggerLogRepository::entry,
            clientId,
            entryId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean replaced(long entryId) {
    return Sql.list(
            dataSource,
            "reading the trigger log",
            "SELECT EXISTS (SELECT 1 FROM trigger_log_entry WHERE corrects_id = ?)",
            rs -> rs.getBoolean(1),
            entryId)
        .get(0);
  }

  @Override
  public List<TriggerLogEntry> of(long clientId) {
    return Sql.list(
        dataSource,
        "reading the trigger log",
        SELECT + " WHERE e.client_id = ? ORDER BY e.occurred_on DESC, e.id DESC",
        JdbcTriggerLogRepository::entry,
        clientId);
  }

  @Override
  public List<TriggerLogEntry> inForceSince(long clientId, LocalDate from) {
    return Sql.list(
        dataSource,
        "reading the trigger log",
        SELECT + " WHERE e.client_id = ? AND e.occurred_on >= ? AND " + IN_FORCE,
        JdbcTriggerLogRepository::entry,
        clientId,
        java.sql.Date.valueOf(from));
  }

  private static TriggerLogEntry entry(ResultSet rs) throws SQLException {
    return new TriggerLogEntry(
        rs.getLong(1),
        rs.getLong(2),
        Sql.date(rs, 3),
        TriggerCategory.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        Sql.codes(rs, 7, HaltState.class),
        rs.getInt(8),
        rs.getBoolean(9),
        rs.getString(10),
        UseOutcome.valueOf(rs.getString(11)),
        Sql.longOrNull(rs, 12),
        rs.getString(13),
        rs.getString(14),
        Sql.instant(rs, 15));
  }
}
