package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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

  private static final String INSERT =
      """
      INSERT INTO progress_summary (client_id, clinic_id, clinician_id, consent_id, kind, period_start,
                                    period_end, sections, bundle_id, document, generated_by,
                                    generated_at)
      SELECT t.client_id, t.clinic_id, t.clinician_id, t.consent_id, t.kind, t.period_start::date,
             t.period_end::date, t.sections, t.bundle_id::uuid, t.document, ?, ?::timestamptz
        FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[])
             AS t(client_id, clinic_id, clinician_id, consent_id, kind, period_start, period_end,
                  sections, bundle_id, document)
      ON CONFLICT (client_id, clinic_id, period_start) WHERE kind = 'CADENCE' DO NOTHING
      RETURNING id, bundle_id
      """;

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
        int n = chunk.size();
        Long[] client = new Long[n];
        Long[] clinic = new Long[n];
        Long[] clinician = new Long[n];
        Long[] consent = new Long[n];
        String[] kind = new String[n];
        String[] start = new String[n];
        String[] end = new String[n];
        String[] sections = new String[n];
        String[] bundle = new String[n];
        String[] document = new String[n];
        for (int i = 0; i < n; i++) {
          ProgressSummary p = chunk.get(i);
          client[i] = p.clientId();
          clinic[i] = p.recipient().clinicId();
          clinician[i] = p.recipient().clinicianId();
          consent[i] = p.consentId();
          kind[i] = p.kind().name();
          start[i] = p.period().start().toString();
          end[i] = p.period().end().toString();
          sections[i] = Section.join(p.sections());
          bundle[i] = p.bundleId().toString();
          document[i] = p.document();
        }
        ProgressSummary first = chunk.get(0);
        s.setString(1, first.generatedBy());
        s.setTimestamp(2, Timestamp.from(first.generatedAt()));
        s.setArray(3, c.createArrayOf("bigint", client));
        s.setArray(4, c.createArrayOf("bigint", clinic));
        s.setArray(5, c.createArrayOf("bigint", clinician));
        s.setArray(6, c.createArrayOf("bigint", consent));
        s.setArray(7, c.createArrayOf("text", kind));
        s.setArray(8, c.createArrayOf("text", start));
        s.setArray(9, c.createArrayOf("text", end));
        s.setArray(10, c.createArrayOf("text", sections));
        s.setArray(11, c.createArrayOf("text", bundle));
        s.setArray(12, c.createArrayOf("text", document));
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
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT c.id, c.referral_clinician FROM client c WHERE c.status = 'ACTIVE'"
                    + " AND c.referral_clinic = ? AND c.recovery_start_date <= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM progress_summary s WHERE s.kind = 'CADENCE'"
                    + " AND s.client_id = c.id AND s.clinic_id = ? AND s.period_start = ?)"
                    + " ORDER BY c.id")) {
      s.setString(1, clinicCode);
      Sql.setDate(s, 2, period.end());
      s.setLong(3, clinicId);
      Sql.setDate(s, 4, period.start());
      List<Referred> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Referred(rs.getLong(1), rs.getString(2)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw Sql.failed("reading referred clients", e);
    }
  }
}
