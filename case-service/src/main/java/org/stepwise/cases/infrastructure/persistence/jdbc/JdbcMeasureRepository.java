package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.Measure;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.measure.MeasureRepository;
import org.stepwise.cases.domain.model.measure.Score;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Administered questionnaires, insert-only. */
@ApplicationScoped
public class JdbcMeasureRepository implements MeasureRepository {

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Measure add(Measure m) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO outcome_measure (client_id, instrument, administered_on, answers,"
                    + " total, band, flags, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, m.clientId());
      s.setString(2, m.instrument().name());
      Sql.setDate(s, 3, m.administeredOn());
      s.setArray(4, c.createArrayOf("smallint", m.answers().toArray()));
      s.setInt(5, m.score().total());
      s.setString(6, m.score().band().name());
      s.setArray(
          7,
          c.createArrayOf("text", m.score().flags().stream().map(Enum::name).sorted().toArray()));
      s.setString(8, m.administeredBy());
      Sql.setInstant(s, 9, m.recordedAt());
      s.executeUpdate();
      return m.withId(Sql.key(s));
    } catch (SQLException e) {
      throw Sql.failed("storing a measure", e);
    }
  }

  @Override
  public List<Measure> of(long clientId) {
    return Sql.list(
        dataSource,
        "reading measures",
        "SELECT id, client_id, instrument, administered_on, answers, total, band, flags,"
            + " recorded_by, recorded_at FROM outcome_measure WHERE client_id = ?"
            + " ORDER BY administered_on DESC, id DESC",
        JdbcMeasureRepository::measure,
        clientId);
  }

  private static Measure measure(ResultSet rs) throws SQLException {
    return new Measure(
        rs.getLong(1),
        rs.getLong(2),
        Instrument.valueOf(rs.getString(3)),
        Sql.date(rs, 4),
        Arrays.stream((Object[]) rs.getArray(5).getArray())
            .map(a -> ((Number) a).intValue())
            .toList(),
        new Score(rs.getInt(6), Band.valueOf(rs.getString(7)), Sql.codes(rs, 8, MeasureFlag.class)),
        rs.getString(9),
        Sql.instant(rs, 10));
  }
}
