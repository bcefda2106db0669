package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.ProgressSummaryRepository;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Summaries are written in chunks of one INSERT of arrays each (a cadence run makes thousands); the
 * cadence key makes a repeated run a no-op.
 */
@ApplicationScoped
public class JdbcProgressSummaryRepository implements ProgressSummaryRepository {

  private static final int CHUNK = 500;

  private static final UnnestRows<ProgressSummary> ROWS =
      new UnnestRows<ProgressSummary>()
          .bigint("client_id", ProgressSummary::clientId)
          .bigint("clinic_id", p -> p.recipient().clinicId())
          .bigint("clinician_id", p -> p.recipient().clinicianId())
          .bigint("consent_id", ProgressSummary::consentId)
          .text("kind", p -> p.kind().name())
          .text("period_start", p -> p.period().start().toString())
          .text("period_end", p -> p.period().end().toString())
          .text("sections", p -> Section.join(p.sections()))
          .text("bundle_id", p -> p.bundleId().toString())
          .text("document", ProgressSummary::document);

  private static final String INSERT =
      """
      INSERT INTO progress_summary (client_id, clinic_id, clinician_id, consent_id, kind, period_start,
                                    period_end, sections, bundle_id, document, generated_by,
                                    generated_at)
      SELECT t.client_id, t.clinic_id, t.clinician_id, t.consent_id, t.kind, t.period_start::date,
             t.period_end::date, t.sections, t.bundle_id::uuid, t.document, ?, ?::timestamptz
        FROM %s
      ON CONFLICT (client_id, clinic_id, period_start) WHERE kind = 'CADENCE' DO NOTHING
      RETURNING id, bundle_id
      """
          .formatted(ROWS.from("t"));

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public List<Long> addAll(List<ProgressSummary> summaries) {
    Map<UUID, Long> ids = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      for (int from = 0; from < summaries.size(); from += CHUNK) {
        List<ProgressSummary> chunk =
            summaries.subList(from, Math.min(summaries.size(), from + CHUNK));
        ProgressSummary first = chunk.get(0);
        s.setString(1, first.generatedBy());
        s.setTimestamp(2, Timestamp.from(first.generatedAt()));
        ROWS.bind(c, s, 3, chunk);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.put((UUID) rs.getObject(2), rs.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw Sql.failed("storing progress summaries", e);
    }
    return summaries.stream().map(p -> ids.get(p.bundleId())).toList();
  }

  @Override
  public List<Referred> awaitingCadenceSummary(long clinicId, String clinicCode, Period period) {
    return Sql.list(
        dataSource,
        "reading referred clients",
        "SELECT c.id, c.referral_clinician FROM client c WHERE c.status = 'ACTIVE'"
            + " AND c.referral_clinic = ? AND c.recovery_start_date <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM progress_summary s WHERE s.kind = 'CADENCE'"
            + " AND s.client_id = c.id AND s.clinic_id = ? AND s.period_start = ?)"
            + " ORDER BY c.id",
        rs -> new Referred(rs.getLong(1), rs.getString(2)),
        clinicCode,
        period.end(),
        clinicId,
        period.start());
  }
}
