package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.AttemptOutcome;
import org.stepwise.cases.domain.model.summary.DeliveryAttempt;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.ProgressSummaries;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryKind;
import org.stepwise.cases.domain.model.summary.SummaryStatus;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Summaries are written in chunks of one INSERT of arrays each (a cadence run makes thousands); the
 * cadence key makes a repeated run a no-op. Due deliveries are claimed with SKIP LOCKED.
 */
@ApplicationScoped
public class JdbcProgressSummaries implements ProgressSummaries {

  private static final int CHUNK = 500;

  private static final String INSERT =
      """
      INSERT INTO progress_summary (client_id, clinic_id, clinician_id, consent_id, kind, period_start,
                                    period_end, sections, bundle_id, document, status, status_reason,
                                    next_attempt_at, generated_by, generated_at)
      SELECT t.client_id, t.clinic_id, t.clinician_id, t.consent_id, t.kind, t.period_start::date,
             t.period_end::date, t.sections, t.bundle_id::uuid, t.document, t.status, t.status_reason,
             CASE WHEN t.status = 'PENDING' THEN ?::timestamptz END, ?, ?::timestamptz
        FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
             AS t(client_id, clinic_id, clinician_id, consent_id, kind, period_start, period_end,
                  sections, bundle_id, document, status, status_reason)
      ON CONFLICT (client_id, clinic_id, period_start) WHERE kind = 'CADENCE' DO NOTHING
      RETURNING id, bundle_id
      """;

  private static final String COLUMNS =
      "s.id, s.client_id, s.clinic_id, c.code, c.name, c.npi, s.clinician_id, d.username, d.name,"
          + " s.consent_id, s.kind, s.period_start, s.period_end, s.sections, s.bundle_id, %s,"
          + " s.status, s.status_reason, s.attempts, s.next_attempt_at, s.delivered_at,"
          + " s.last_error, s.generated_by, s.generated_at"
          + " FROM progress_summary s JOIN clinic c ON c.id = s.clinic_id"
          + " LEFT JOIN clinician d ON d.id = s.clinician_id";

  private static final String LIST = "SELECT " + COLUMNS.formatted("NULL");
  private static final String FULL = "SELECT " + COLUMNS.formatted("s.document");

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
        String[] status = new String[n];
        String[] reason = new String[n];
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
          status[i] = p.status().name();
          reason[i] = p.statusReason();
        }
        ProgressSummary first = chunk.get(0);
        s.setTimestamp(1, Timestamp.from(first.generatedAt()));
        s.setString(2, first.generatedBy());
        s.setTimestamp(3, Timestamp.from(first.generatedAt()));
        s.setArray(4, c.createArrayOf("bigint", client));
        s.setArray(5, c.createArrayOf("bigint", clinic));
        s.setArray(6, c.createArrayOf("bigint", clinician));
        s.setArray(7, c.createArrayOf("bigint", consent));
        s.setArray(8, c.createArrayOf("text", kind));
        s.setArray(9, c.createArrayOf("text", start));
        s.setArray(10, c.createArrayOf("text", end));
        s.setArray(11, c.createArrayOf("text", sections));
        s.setArray(12, c.createArrayOf("text", bundle));
        s.setArray(13, c.createArrayOf("text", document));
        s.setArray(14, c.createArrayOf("text", status));
        s.setArray(15, c.createArrayOf("text", reason));
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
  public List<ProgressSummary> ofClient(long clientId, int limit) {
    return query(
        LIST + " WHERE s.client_id = ? ORDER BY s.generated_at DESC, s.id DESC LIMIT ?",
        clientId,
        limit);
  }

  @Override
  public Optional<ProgressSummary> find(long id) {
    List<ProgressSummary> found = query(FULL + " WHERE s.id = ?", id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProgressSummary p = found.get(0);
    return Optional.of(with(p, log(id)));
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

  @Override
  public List<ProgressSummary> claimDue(Instant now, int limit, Duration lease) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE progress_summary SET next_attempt_at = ? WHERE id IN (SELECT id FROM"
                    + " progress_summary WHERE status = 'PENDING' AND next_attempt_at <= ?"
                    + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id")) {
      s.setTimestamp(1, Timestamp.from(now.plus(lease)));
      s.setTimestamp(2, Timestamp.from(now));
      s.setInt(3, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw Sql.failed("claiming due deliveries", e);
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return query(FULL + " WHERE s.id = ANY (?) ORDER BY s.id", ids);
  }

  @Override
  public void withhold(long id, String reason) {
    update(
        "UPDATE progress_summary SET status = 'WITHHELD', status_reason = ?, next_attempt_at = NULL"
            + " WHERE id = ?",
        reason,
        id);
  }

  @Override
  public void recordAttempt(
      long id, DeliveryAttempt a, SummaryStatus status, Instant nextAttemptAt) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO delivery_attempt (summary_id, attempted_at, outcome, http_status, detail,"
                  + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, id);
        s.setTimestamp(2, Timestamp.from(a.attemptedAt()));
        s.setString(3, a.outcome().name());
        if (a.httpStatus() == null) {
          s.setNull(4, java.sql.Types.INTEGER);
        } else {
          s.setInt(4, a.httpStatus());
        }
        s.setString(5, a.detail());
        s.setString(6, a.by());
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE progress_summary SET attempts = attempts + 1, status = ?, next_attempt_at = ?,"
                  + " delivered_at = CASE WHEN ? = 'DELIVERED' THEN ?::timestamptz END,"
                  + " last_error = ? WHERE id = ?")) {
        s.setString(1, status.name());
        Sql.setInstant(s, 2, nextAttemptAt);
        s.setString(3, status.name());
        s.setTimestamp(4, Timestamp.from(a.attemptedAt()));
        s.setString(5, a.outcome() == AttemptOutcome.DELIVERED ? null : a.detail());
        s.setLong(6, id);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw Sql.failed("recording a delivery attempt", e);
    }
  }

  @Override
  public void resetForRetry(long id, Instant now) {
    update(
        "UPDATE progress_summary SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
            + " WHERE id = ?",
        Timestamp.from(now),
        id);
  }

  @Override
  public List<ProgressSummary> withStatus(SummaryStatus status, int limit) {
    return query(
        LIST + " WHERE s.status = ? ORDER BY s.generated_at DESC, s.id DESC LIMIT ?",
        status.name(),
        limit);
  }

  @Override
  public List<ProgressSummary> deliveredTo(long clinicId, int limit) {
    return query(
        LIST
            + " WHERE s.clinic_id = ? AND s.status = 'DELIVERED'"
            + " ORDER BY s.delivered_at DESC, s.id DESC LIMIT ?",
        clinicId,
        limit);
  }

  private List<DeliveryAttempt> log(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT attempted_at, outcome, http_status, detail, recorded_by FROM"
                    + " delivery_attempt WHERE summary_id = ? ORDER BY attempted_at, id")) {
      s.setLong(1, id);
      List<DeliveryAttempt> log = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          log.add(
              new DeliveryAttempt(
                  Sql.instant(rs, 1),
                  AttemptOutcome.valueOf(rs.getString(2)),
                  Sql.intOrNull(rs, 3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      return log;
    } catch (SQLException e) {
      throw Sql.failed("reading delivery attempts", e);
    }
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, params);
      s.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failed("updating a progress summary", e);
    }
  }

  private List<ProgressSummary> query(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(c, s, params);
      List<ProgressSummary> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(
              new ProgressSummary(
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
                  SummaryStatus.valueOf(rs.getString(17)),
                  rs.getString(18),
                  rs.getInt(19),
                  Sql.instant(rs, 20),
                  Sql.instant(rs, 21),
                  rs.getString(22),
                  rs.getString(23),
                  Sql.instant(rs, 24),
                  List.of()));
        }
      }
      return found;
    } catch (SQLException e) {
      throw Sql.failed("reading progress summaries", e);
    }
  }

  private static ProgressSummary with(ProgressSummary p, List<DeliveryAttempt> log) {
    return new ProgressSummary(
        p.id(),
        p.clientId(),
        p.recipient(),
        p.consentId(),
        p.kind(),
        p.period(),
        p.sections(),
        p.bundleId(),
        p.document(),
        p.status(),
        p.statusReason(),
        p.attempts(),
        p.nextAttemptAt(),
        p.deliveredAt(),
        p.lastError(),
        p.generatedBy(),
        p.generatedAt(),
        log);
  }
}
