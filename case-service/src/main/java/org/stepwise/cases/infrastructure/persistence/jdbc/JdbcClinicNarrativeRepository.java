package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.summary.ClinicNarrative;
import org.stepwise.cases.domain.model.summary.ClinicNarrativeRepository;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Narratives for the clinic; a save names the version it replaces, so two saves cannot both win.
 */
@ApplicationScoped
public class JdbcClinicNarrativeRepository implements ClinicNarrativeRepository {

  private static final String SELECT =
      "SELECT client_id, period_start, period_end, body, ready, version, recorded_by, recorded_at"
          + " FROM clinic_narrative";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Optional<ClinicNarrative> find(long clientId, Period period) {
    return Sql.list(
            dataSource,
            "reading a narrative",
            SELECT + " WHERE client_id = ? AND period_start = ? AND period_end = ?",
            JdbcClinicNarrativeRepository::narrative,
            clientId,
            Date.valueOf(period.start()),
            Date.valueOf(period.end()))
        .stream()
        .findFirst();
  }

  @Override
  public List<ClinicNarrative> of(long clientId) {
    return Sql.list(
        dataSource,
        "reading narratives",
        SELECT + " WHERE client_id = ? ORDER BY period_start DESC, period_end DESC",
        JdbcClinicNarrativeRepository::narrative,
        clientId);
  }

  @Override
  public boolean save(ClinicNarrative n) {
    String sql =
        n.version() == 1
            ? "INSERT INTO clinic_narrative (body, ready, version, recorded_by, recorded_at,"
                + " client_id, period_start, period_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING"
            : "UPDATE clinic_narrative SET body = ?, ready = ?, version = ?, recorded_by = ?,"
                + " recorded_at = ? WHERE client_id = ? AND period_start = ? AND period_end = ?"
                + " AND version = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, n.body());
      s.setBoolean(2, n.ready());
      s.setInt(3, n.version());
      s.setString(4, n.recordedBy());
      Sql.setInstant(s, 5, n.recordedAt());
      s.setLong(6, n.clientId());
      s.setDate(7, Date.valueOf(n.period().start()));
      s.setDate(8, Date.valueOf(n.period().end()));
      if (n.version() > 1) {
        s.setInt(9, n.version() - 1);
      }
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw Sql.failed("storing a narrative", e);
    }
  }

  private static ClinicNarrative narrative(ResultSet rs) throws SQLException {
    return new ClinicNarrative(
        rs.getLong(1),
        new Period(Sql.date(rs, 2), Sql.date(rs, 3)),
        rs.getString(4),
        rs.getBoolean(5),
        rs.getInt(6),
        rs.getString(7),
        Sql.instant(rs, 8));
  }
}
