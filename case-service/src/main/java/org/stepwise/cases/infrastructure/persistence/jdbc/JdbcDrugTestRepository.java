package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.toxicology.DrugTest;
import org.stepwise.cases.domain.model.toxicology.DrugTestRepository;
import org.stepwise.cases.domain.model.toxicology.NewDrugTest;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Drug tests as attendance is stored: one INSERT of arrays per batch, the natural key deciding
 * duplicates in the database; each test read with its explanation, if any.
 */
@ApplicationScoped
public class JdbcDrugTestRepository implements DrugTestRepository {

  private static final UnnestRows<NewDrugTest> ROWS =
      new UnnestRows<NewDrugTest>()
          .bigint("client_id", NewDrugTest::clientId)
          .timestamptz("collected_at", NewDrugTest::collectedAt)
          .text("collected_offset", t -> UnnestRows.offset(t.collectedAt()))
          .text("method", t -> t.method().name())
          .text("reason", t -> t.reason().name())
          .text("result", t -> t.result().name())
          .text("tested", t -> names(t.substancesTested()))
          .text("positive", t -> names(t.substancesPositive()))
          .text("lab_confirmed", t -> Boolean.toString(t.labConfirmed()))
          .text("collected_by", NewDrugTest::collectedBy)
          .text("source_key", NewDrugTest::sourceKey)
          .text("source_channel", t -> t.channel().name())
          .text("source_record_id", NewDrugTest::sourceRecordId);

  private static final String INSERT =
      """
      INSERT INTO drug_test (client_id, collected_at, collected_offset, method, reason, result,
                             substances_tested, substances_positive, lab_confirmed, collected_by,
                             source_key, source_channel, source_record_id, received_by, received_at)
      SELECT r.client_id, r.collected_at, r.collected_offset, r.method, r.reason, r.result,
             string_to_array(r.tested, ','), string_to_array(r.positive, ','),
             r.lab_confirmed::boolean, r.collected_by, r.source_key, r.source_channel,
             r.source_record_id, ?, ?
        FROM %s
      ON CONFLICT ON CONSTRAINT drug_test_natural_key DO NOTHING
      RETURNING source_record_id
      """
          .formatted(ROWS.from("r"));

  private static final String SELECT =
      "SELECT t.id, t.client_id, t.collected_at, t.collected_offset, t.method, t.reason, t.result,"
          + " t.substances_tested, t.substances_positive, t.lab_confirmed, t.collected_by,"
          + " t.source_key, t.source_channel, t.source_record_id, t.received_at,"
          + " x.explained_by, x.explained_at, x.reason"
          + " FROM drug_test t LEFT JOIN drug_test_explanation x ON x.test_id = t.id";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Set<String> storeNew(List<NewDrugTest> tests, String receivedBy, Instant receivedAt) {
    return ROWS.insertReturning(
        dataSource, "storing drug tests", INSERT, tests, receivedBy, receivedAt);
  }

  @Override
  public List<DrugTest> of(long clientId, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "reading drug tests",
        SELECT
            + " WHERE t.client_id = ? AND t.collected_at >= ? AND t.collected_at < ?"
            + " ORDER BY t.collected_at DESC, t.id DESC",
        JdbcDrugTestRepository::test,
        clientId,
        Timestamp.from(from),
        Timestamp.from(to));
  }

  @Override
  public Optional<DrugTest> find(long clientId, long testId) {
    return Sql.list(
            dataSource,
            "reading a drug test",
            SELECT + " WHERE t.client_id = ? AND t.id = ?",
            JdbcDrugTestRepository::test,
            clientId,
            testId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean explain(long testId, DrugTest.Explanation e) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO drug_test_explanation (test_id, explained_by, explained_at, reason)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setLong(1, testId);
      s.setString(2, e.by());
      Sql.setInstant(s, 3, e.at());
      s.setString(4, e.reason());
      return s.executeUpdate() == 1;
    } catch (SQLException ex) {
      throw Sql.failed("storing a drug test's explanation", ex);
    }
  }

  private static DrugTest test(ResultSet rs) throws SQLException {
    String by = rs.getString(16);
    return new DrugTest(
        rs.getLong(1),
        rs.getLong(2),
        Sql.instant(rs, 3),
        rs.getString(4),
        TestMethod.valueOf(rs.getString(5)),
        TestReason.valueOf(rs.getString(6)),
        TestResult.valueOf(rs.getString(7)),
        Sql.codes(rs, 8, Substance.class),
        Sql.codes(rs, 9, Substance.class),
        rs.getBoolean(10),
        rs.getString(11),
        rs.getString(12),
        SourceChannel.valueOf(rs.getString(13)),
        rs.getString(14),
        Sql.instant(rs, 15),
        by == null ? null : new DrugTest.Explanation(by, Sql.instant(rs, 17), rs.getString(18)));
  }

  private static String names(Set<Substance> substances) {
    return substances.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
