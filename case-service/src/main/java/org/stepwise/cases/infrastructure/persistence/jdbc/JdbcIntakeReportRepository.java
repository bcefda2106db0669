package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.intake.IntakeReport;
import org.stepwise.cases.domain.model.intake.IntakeReportRepository;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Intake reports in two statements per report: the report, then its rejects in one batch. */
@ApplicationScoped
public class JdbcIntakeReportRepository implements IntakeReportRepository {

  private static final String COLUMNS =
      "r.id, r.house_id, h.code, r.channel, r.source_name, r.outcome, r.accepted, r.duplicates,"
          + " r.rejected, r.received_by, r.received_at";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public long add(IntakeReport report) {
    try (Connection c = dataSource.getConnection()) {
      long id;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO intake_report (house_id, channel, source_name, outcome, accepted,"
                  + " duplicates, rejected, received_by, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, report.houseId());
        s.setString(2, report.channel());
        s.setString(3, report.sourceName());
        s.setString(4, report.outcome());
        s.setInt(5, report.accepted());
        s.setInt(6, report.duplicates());
        s.setInt(7, report.rejected());
        s.setString(8, report.receivedBy());
        s.setTimestamp(9, Timestamp.from(report.receivedAt()));
        s.executeUpdate();
        id = Sql.key(s);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO intake_reject (report_id, line, source_record_id, field, code, reason,"
                  + " client_ref, client_id) VALUES (?, ?, ?, ?, ?, ?, ?,"
                  + " (SELECT client_id FROM residency WHERE house_id = ? AND client_ref = ?"
                  + " ORDER BY move_in DESC LIMIT 1))")) {
        for (IntakeReport.Reject r : report.rejects()) {
          s.setLong(1, id);
          s.setLong(2, r.line());
          s.setString(3, r.sourceRecordId());
          s.setString(4, r.field());
          s.setString(5, r.code());
          s.setString(6, r.reason());
          s.setString(7, r.clientRef());
          s.setLong(8, report.houseId());
          s.setString(9, r.clientRef());
          s.addBatch();
        }
        s.executeBatch();
      }
      return id;
    } catch (SQLException e) {
      throw Sql.failed("storing an intake report", e);
    }
  }

  @Override
  public List<IntakeReport> ofHouse(long houseId, int limit, long offset) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM intake_report r JOIN house h ON h.id = r.house_id"
                    + " WHERE r.house_id = ? ORDER BY r.received_at DESC, r.id DESC"
                    + " LIMIT ? OFFSET ?")) {
      s.setLong(1, houseId);
      s.setInt(2, limit);
      s.setLong(3, offset);
      List<IntakeReport> reports = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          reports.add(report(rs, List.of()));
        }
      }
      return reports;
    } catch (SQLException e) {
      throw Sql.failed("reading intake reports", e);
    }
  }

  @Override
  public Optional<IntakeReport> find(long houseId, long reportId, String caseloadOf) {
    try (Connection c = dataSource.getConnection()) {
      List<IntakeReport.Reject> rejects = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT line, source_record_id, field, code, reason, client_ref, client_id"
                  + " FROM intake_reject WHERE report_id = ?"
                  + (caseloadOf == null
                      ? ""
                      : " AND client_id IN (SELECT id FROM client WHERE case_manager_subject = ?)")
                  + " ORDER BY line, id")) {
        s.setLong(1, reportId);
        if (caseloadOf != null) {
          s.setString(2, caseloadOf);
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rejects.add(
                new IntakeReport.Reject(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    Sql.longOrNull(rs, 7)));
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + " FROM intake_report r JOIN house h ON h.id = r.house_id"
                  + " WHERE r.house_id = ? AND r.id = ?")) {
        s.setLong(1, houseId);
        s.setLong(2, reportId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(report(rs, rejects)) : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw Sql.failed("reading an intake report", e);
    }
  }

  @Override
  public boolean hasResidentOnCaseload(long houseId, String caseManager) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM residency r JOIN client c ON c.id = r.client_id"
                    + " WHERE r.house_id = ? AND r.move_out IS NULL AND c.case_manager_subject = ?)")) {
      s.setLong(1, houseId);
      s.setString(2, caseManager);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw Sql.failed("checking the caseload", e);
    }
  }

  private static IntakeReport report(ResultSet rs, List<IntakeReport.Reject> rejects)
      throws SQLException {
    return new IntakeReport(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getInt(8),
        rs.getInt(9),
        rs.getString(10),
        rs.getTimestamp(11).toInstant(),
        rejects);
  }
}
