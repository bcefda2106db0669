package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.recovery.PlanVersion;
import org.stepwise.cases.domain.model.recovery.RelapsePreventionPlanRepository;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Plan versions, insert-only; the primary key (client, version) settles two concurrent saves. */
@ApplicationScoped
public class JdbcRelapsePreventionPlanRepository implements RelapsePreventionPlanRepository {

  private static final String SELECT =
      "SELECT client_id, version, content, recorded_by, recorded_at FROM relapse_prevention_plan";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Optional<PlanVersion> latest(long clientId) {
    return query(
            SELECT + " WHERE client_id = ? ORDER BY version DESC LIMIT 1",
            "reading a plan",
            clientId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<PlanVersion> version(long clientId, int number) {
    return query(
            SELECT + " WHERE client_id = ? AND version = ?",
            "reading a plan version",
            clientId,
            number)
        .stream()
        .findFirst();
  }

  @Override
  public List<PlanVersion> versions(long clientId) {
    return query(
        SELECT + " WHERE client_id = ? ORDER BY version", "reading plan versions", clientId);
  }

  @Override
  public boolean add(PlanVersion v) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO relapse_prevention_plan"
                    + " (client_id, version, content, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setLong(1, v.clientId());
      s.setInt(2, v.number());
      s.setString(3, PlanDocument.write(v.plan()));
      s.setString(4, v.savedBy());
      s.setTimestamp(5, Timestamp.from(v.savedAt()));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw Sql.failed("storing a plan version", e);
    }
  }

  private List<PlanVersion> query(String sql, String what, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<PlanVersion> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PlanVersion(
                  rs.getLong(1),
                  rs.getInt(2),
                  PlanDocument.read(rs.getString(3)),
                  rs.getString(4),
                  Sql.instant(rs, 5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failed(what, e);
    }
  }
}
