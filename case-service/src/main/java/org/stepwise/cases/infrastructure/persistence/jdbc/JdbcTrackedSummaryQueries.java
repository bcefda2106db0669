package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.domain.model.delivery.AttemptOutcome;
import org.stepwise.cases.domain.model.delivery.DeliveryAttempt;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.delivery.TrackedSummaryQueries;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Summaries joined with their clinic, clinician and delivery; documents only when asked for. */
@ApplicationScoped
public class JdbcTrackedSummaryQueries implements TrackedSummaryQueries {

  private static final String FROM =
      "s.id, s.client_id, s.clinic_id, c.code, c.name, c.npi, s.clinician_id, k.username, k.name,"
          + " s.consent_id, s.kind, s.period_start, s.period_end, s.sections, s.bundle_id, %s,"
          + " s.generated_by, s.generated_at, "
          + JdbcDeliveryRepository.COLUMNS
          + ", a.acknowledged_by, a.acknowledged_at, a.reply"
          + " FROM progress_summary s JOIN delivery d ON d.summary_id = s.id"
          + " JOIN clinic c ON c.id = s.clinic_id LEFT JOIN clinician k ON k.id = s.clinician_id"
          + " LEFT JOIN summary_acknowledgement a ON a.summary_id = s.id";

  private static final String LIST = "SELECT " + FROM.formatted("NULL");
  private static final String FULL = "SELECT " + FROM.formatted("s.document");

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public Optional<TrackedSummary> find(long summaryId) {
    return query(FULL + " WHERE s.id = ?", summaryId).stream()
        .findFirst()
        .map(
            t ->
                new TrackedSummary(t.summary(), t.delivery(), log(summaryId), t.acknowledgement()));
  }

  @Override
  public List<TrackedSummary> withDocuments(Collection<Long> summaryIds) {
    return query(FULL + " WHERE s.id = ANY (?) ORDER BY s.id", summaryIds);
  }

  @Override
  public List<TrackedSummary> ofClient(long clientId, int limit) {
    return query(
        LIST + " WHERE s.client_id = ? ORDER BY s.generated_at DESC, s.id DESC LIMIT ?",
        clientId,
        limit);
  }

  @Override
  public List<TrackedSummary> withStatus(DeliveryStatus status, int limit) {
    return query(LIST + " WHERE d.status = ? ORDER BY d.summary_id DESC LIMIT ?", status, limit);
  }

  @Override
  public List<TrackedSummary> deliveredTo(long clinicId, int limit) {
    return query(
        LIST
            + " WHERE s.clinic_id = ? AND d.status = 'DELIVERED'"
            + " ORDER BY d.delivered_at DESC, s.id DESC LIMIT ?",
        clinicId,
        limit);
  }

  private List<DeliveryAttempt> log(long summaryId) {
    return Sql.list(
        dataSource,
        "reading delivery attempts",
        "SELECT attempted_at, outcome, http_status, detail, recorded_by FROM delivery_attempt"
            + " WHERE summary_id = ? ORDER BY attempted_at, id",
        rs ->
            new DeliveryAttempt(
                Sql.instant(rs, 1),
                AttemptOutcome.valueOf(rs.getString(2)),
                Sql.intOrNull(rs, 3),
                rs.getString(4),
                rs.getString(5)),
        summaryId);
  }

  private List<TrackedSummary> query(String sql, Object... params) {
    return Sql.list(
        dataSource,
        "reading progress summaries",
        sql,
        rs ->
            new TrackedSummary(
                summary(rs),
                JdbcDeliveryRepository.read(rs, 19),
                List.of(),
                rs.getString(29) == null
                    ? null
                    : new Acknowledgement(
                        rs.getLong(1), rs.getString(29), Sql.instant(rs, 30), rs.getString(31))),
        params);
  }

  private static ProgressSummary summary(ResultSet rs) throws SQLException {
    return new ProgressSummary(
        rs.getLong(1),
        rs.getLong(2),
        new Recipient(
            rs.getLong(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            Sql.longOrNull(rs, 7),
            rs.getString(8),
            rs.getString(9)),
        Sql.longOrNull(rs, 10),
        SummaryKind.valueOf(rs.getString(11)),
        new Period(Sql.date(rs, 12), Sql.date(rs, 13)),
        Section.parse(rs.getString(14)),
        (UUID) rs.getObject(15),
        rs.getString(16),
        rs.getString(17),
        Sql.instant(rs, 18));
  }
}
