package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.domain.model.delivery.AcknowledgementRepository;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Acknowledgements: the first one of a summary stands (its primary key), later ones are refused.
 */
@ApplicationScoped
public class JdbcAcknowledgementRepository implements AcknowledgementRepository {

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public boolean add(Acknowledgement a) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO summary_acknowledgement (summary_id, acknowledged_by,"
                    + " acknowledged_at, reply) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setLong(1, a.summaryId());
      s.setString(2, a.by());
      Sql.setInstant(s, 3, a.at());
      s.setString(4, a.reply());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw Sql.failed("storing an acknowledgement", e);
    }
  }
}
