package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.goal.GoalStatus;
import org.stepwise.cases.domain.model.overview.AftercareFacts;
import org.stepwise.cases.domain.model.overview.AlertFacts;
import org.stepwise.cases.domain.model.overview.CaseloadQuery;
import org.stepwise.cases.domain.model.overview.CaseloadRow;
import org.stepwise.cases.domain.model.overview.Flag;
import org.stepwise.cases.domain.model.overview.FlagInputs;
import org.stepwise.cases.domain.model.overview.FlagRules;
import org.stepwise.cases.domain.model.overview.OverviewFacts;
import org.stepwise.cases.domain.model.overview.OverviewQueries;
import org.stepwise.cases.domain.model.overview.RecoveryFacts;
import org.stepwise.cases.domain.model.overview.ReportingWeeks;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Overviews and caseload lists in a fixed number of statements: the counting happens in PostgreSQL,
 * on the (client_id, started_at) index, however many records a client has.
 */
@ApplicationScoped
public class JdbcOverviewQueries implements OverviewQueries {

  /** Meetings of the kinds the client's requirement names (all kinds when it names none). */
  private static final String COUNTS_TOWARD_REQUIREMENT =
      "a.status = 'ATTENDED' AND (c.meeting_types IS NULL"
          + " OR position(',' || a.meeting_type || ',' in ',' || c.meeting_types || ',') > 0)";

  /**
   * The recovery dates of client {@code c}: the last step-down in force, the last lapse and the
   * last relapse in force (each a probe on its own index).
   */
  private static final String RECOVERY_DATES =
      """
      (SELECT max(t.effective_date) FROM transition t
        WHERE t.client_id = c.id AND t.direction = 'STEP_DOWN'
          AND NOT EXISTS (SELECT 1 FROM transition x WHERE x.corrects_id = t.id)),
      (SELECT max(e.occurred_on) FROM trigger_log_entry e
        WHERE e.client_id = c.id AND e.outcome = 'LAPSE' AND %1$s),
      (SELECT max(e.occurred_on) FROM trigger_log_entry e
        WHERE e.client_id = c.id AND e.outcome = 'RELAPSE' AND %1$s)
      """
          .formatted(JdbcTriggerLogRepository.IN_FORCE);

  /**
   * The aftercare facts of client {@code c}, over appointments kept or missed: the latest of a
   * medication series missed; the last two therapy sessions missed.
   */
  private static final String AFTERCARE =
      """
      EXISTS (SELECT 1 FROM appointment_series s
               WHERE s.client_id = c.id AND s.medication_management
                 AND (SELECT o.outcome FROM appointment_occurrence o
                       WHERE o.series_id = s.id AND o.outcome IN ('KEPT', 'MISSED')
                       ORDER BY o.scheduled_on DESC LIMIT 1) = 'MISSED'),
      (SELECT count(*) = 2 AND bool_and(x.outcome = 'MISSED')
         FROM (SELECT o.outcome FROM appointment_occurrence o
                WHERE o.client_id = c.id AND o.kind = 'THERAPY' AND o.outcome IN ('KEPT', 'MISSED')
                ORDER BY o.scheduled_on DESC LIMIT 2) x)
      """;

  /**
   * The alert facts of client {@code c}: the latest PHQ-9's item-9 flag; a consent in force (not
   * revoked, effective) that expires within {@link AlertFacts#CONSENT_EXPIRY_DAYS} days; the latest
   * summary to a clinic FAILED or WITHHELD; a summary delivered in the acknowledgement window that
   * neither it nor a later one to the same clinic was acknowledged; the results of concern among
   * the recent drug tests. Its parameters are {@link #alertParams}.
   */
  private static final String ALERTS =
      """
      coalesce((SELECT 'SELF_HARM_THOUGHTS' = ANY (m.flags) FROM outcome_measure m
                 WHERE m.client_id = c.id AND m.instrument = 'PHQ_9'
                 ORDER BY m.administered_on DESC, m.id DESC LIMIT 1), false),
      EXISTS (SELECT 1 FROM consent k
               WHERE k.client_id = c.id AND k.effective_from <= ?
                 AND k.expires_on BETWEEN ? AND ?
                 AND NOT EXISTS (SELECT 1 FROM consent_revocation v WHERE v.consent_id = k.id)),
      EXISTS (SELECT 1 FROM progress_summary s JOIN delivery d ON d.summary_id = s.id
               WHERE s.client_id = c.id AND d.status IN ('FAILED', 'WITHHELD')
                 AND NOT EXISTS (SELECT 1 FROM progress_summary n
                                  WHERE n.client_id = s.client_id AND n.clinic_id = s.clinic_id
                                    AND (n.generated_at, n.id) > (s.generated_at, s.id))),
      EXISTS (SELECT 1 FROM progress_summary s JOIN delivery d ON d.summary_id = s.id
               WHERE s.client_id = c.id AND d.status = 'DELIVERED'
                 AND d.delivered_at <= ? AND d.delivered_at > ?
                 AND NOT EXISTS (SELECT 1 FROM progress_summary a
                                   JOIN summary_acknowledgement k ON k.summary_id = a.id
                                  WHERE a.client_id = s.client_id AND a.clinic_id = s.clinic_id
                                    AND a.period_end >= s.period_end)),
      ARRAY(SELECT DISTINCT t.result FROM drug_test t
             WHERE t.client_id = c.id AND t.collected_at >= ?
               AND t.result IN ('POSITIVE', 'REFUSED', 'MISSED')
               AND NOT EXISTS (SELECT 1 FROM drug_test_explanation x WHERE x.test_id = t.id))
      """;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public OverviewFacts factsFor(long clientId, ReportingWeeks weeks, LocalDate today, Instant now) {
    List<LocalDate> starts = weeks.weekStarts();
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < starts.size(); i++) {
      sql.append("count(*) FILTER (WHERE a.started_at >= ? AND a.started_at < ?), ");
    }
    sql.append(
        "count(*) FILTER (WHERE a.started_at >= ?),"
            + " (SELECT max(started_at) FROM attendance_record l"
            + "   WHERE l.client_id = ? AND l.status = 'ATTENDED'), "
            + RECOVERY_DATES
            + ", "
            + AFTERCARE
            + ", "
            + ALERTS
            + " FROM client c LEFT JOIN attendance_record a ON a.client_id = c.id"
            + " AND a.started_at >= ? AND "
            + COUNTS_TOWARD_REQUIREMENT
            + " WHERE c.id = ? GROUP BY c.id");
    try (Connection c = dataSource.getConnection()) {
      List<Long> byWeek = new ArrayList<>();
      long thisWeek;
      Instant lastAttended;
      LocalDate[] recovery = new LocalDate[3];
      AftercareFacts aftercare;
      AlertFacts alerts;
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        int p = 1;
        for (int i = 0; i < starts.size(); i++) {
          s.setTimestamp(p++, ts(weeks.startOf(starts.get(i))));
          s.setTimestamp(p++, ts(weeks.startOf(starts.get(i).plusWeeks(1))));
        }
        s.setTimestamp(p++, ts(weeks.startOf(weeks.currentWeekStart())));
        s.setLong(p++, clientId);
        for (Object param : alertParams(today, now)) {
          s.setObject(p++, param);
        }
        s.setTimestamp(p++, ts(weeks.from()));
        s.setLong(p, clientId);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          for (int i = 0; i < starts.size(); i++) {
            byWeek.add(rs.getLong(i + 1));
          }
          thisWeek = rs.getLong(starts.size() + 1);
          Timestamp last = rs.getTimestamp(starts.size() + 2);
          lastAttended = last == null ? null : last.toInstant();
          for (int i = 0; i < recovery.length; i++) {
            recovery[i] = Sql.date(rs, starts.size() + 3 + i);
          }
          aftercare =
              new AftercareFacts(
                  rs.getBoolean(starts.size() + 6), rs.getBoolean(starts.size() + 7));
          alerts =
              new AlertFacts(
                  rs.getBoolean(starts.size() + 8),
                  rs.getBoolean(starts.size() + 9),
                  rs.getBoolean(starts.size() + 10),
                  rs.getBoolean(starts.size() + 11),
                  Sql.codes(rs, starts.size() + 12, TestResult.class));
        }
      }
      Map<GoalStatus, Long> goals = new EnumMap<>(GoalStatus.class);
      for (GoalStatus status : GoalStatus.values()) {
        goals.put(status, 0L);
      }
      long pastTarget = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT status, count(*), count(*) FILTER (WHERE status IN ('PLANNED', 'IN_PROGRESS')"
                  + " AND target_date < ?) FROM goal WHERE client_id = ? GROUP BY status")) {
        s.setDate(1, Date.valueOf(today));
        s.setLong(2, clientId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            goals.put(GoalStatus.valueOf(rs.getString(1)), rs.getLong(2));
            pastTarget += rs.getLong(3);
          }
        }
      }
      return new OverviewFacts(
          byWeek,
          thisWeek,
          lastAttended,
          goals,
          pastTarget,
          recovery[0],
          recovery[1],
          recovery[2],
          aftercare,
          alerts);
    } catch (SQLException e) {
      throw Sql.failed("reading the overview", e);
    }
  }

  @Override
  public List<CaseloadRow> caseload(
      CaseloadQuery query, ReportingWeeks weeks, LocalDate today, Instant now) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = rows(params, weeks, today, now);
    if (query.name() != null) {
      sql.append(" AND lower(c.given_name || ' ' || c.family_name) LIKE ?");
      params.add("%" + escapeLike(query.name().toLowerCase()) + "%");
    }
    if (query.status() != null) {
      sql.append(" AND c.status = ?");
      params.add(query.status().name());
    }
    if (query.caseManager() != null) {
      sql.append(" AND c.case_manager_subject = ?");
      params.add(query.caseManager());
    }
    if (query.houseCode() != null) {
      sql.append(" AND h.code = ?");
      params.add(query.houseCode());
    }
    if (query.level() != null) {
      sql.append(" AND c.current_level = ?");
      params.add(query.level().code());
    }
    sql.append(" ORDER BY c.family_name, c.given_name, c.id");
    List<CaseloadRow> rows = new ArrayList<>();
    read(sql, params, rs -> rows.add(row(rs, today, now)));
    return rows;
  }

  @Override
  public Map<Long, Set<Flag>> flags(
      Collection<Long> clientIds, ReportingWeeks weeks, LocalDate today, Instant now) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = rows(params, weeks, today, now);
    if (clientIds == null) {
      sql.append(" AND c.status = 'ACTIVE'");
    } else {
      sql.append(" AND c.id = ANY (?)");
      params.add(clientIds);
    }
    Map<Long, Set<Flag>> flags = new HashMap<>();
    read(sql, params, rs -> flags.put(rs.getLong(1), row(rs, today, now).flags()));
    return flags;
  }

  /** The caseload's rows with their flag inputs; conditions are appended after WHERE TRUE. */
  private static StringBuilder rows(
      List<Object> params, ReportingWeeks weeks, LocalDate today, Instant now) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT c.id, c.given_name || ' ' || c.family_name, c.status, c.case_manager, h.code,
                   c.current_level, c.current_level_since, c.plan_target_date, c.meeting_min_per_week,
                   (SELECT count(*) FROM attendance_record a
                     WHERE a.client_id = c.id AND a.started_at >= ? AND a.started_at < ? AND\s""");
    sql.append(COUNTS_TOWARD_REQUIREMENT)
        .append(
            """
            ),
                   (SELECT max(l.started_at) FROM attendance_record l
                     WHERE l.client_id = c.id AND l.status = 'ATTENDED'),
                   (SELECT count(*) FROM goal g
                     WHERE g.client_id = c.id AND g.status IN ('PLANNED', 'IN_PROGRESS')
                       AND g.target_date < ?),
                   c.recovery_start_date,
            """)
        .append(RECOVERY_DATES)
        .append(", ")
        .append(AFTERCARE)
        .append(", ")
        .append(ALERTS)
        .append(
            """
                   , (SELECT count(*) FROM attendance_record a
                       WHERE a.client_id = c.id AND a.started_at >= ? AND a.started_at < ? AND\s""")
        .append(COUNTS_TOWARD_REQUIREMENT)
        .append(
            """
            )
              FROM client c
              LEFT JOIN residency r ON r.client_id = c.id AND r.move_out IS NULL
              LEFT JOIN house h ON h.id = r.house_id
             WHERE TRUE
            """);
    params.add(ts(weeks.startOf(weeks.lastWeekStart())));
    params.add(ts(weeks.startOf(weeks.currentWeekStart())));
    params.add(Date.valueOf(today));
    params.addAll(alertParams(today, now));
    params.add(ts(weeks.startOf(weeks.lastWeekStart().minusWeeks(1))));
    params.add(ts(weeks.startOf(weeks.lastWeekStart())));
    return sql;
  }

  private static CaseloadRow row(ResultSet rs, LocalDate today, Instant now) throws SQLException {
    ClientStatus status = ClientStatus.valueOf(rs.getString(3));
    Date target = rs.getDate(8);
    Timestamp last = rs.getTimestamp(11);
    Integer perWeek = rs.getObject(9) == null ? null : rs.getInt(9);
    FlagInputs inputs =
        new FlagInputs(
            status,
            perWeek,
            rs.getLong(10),
            rs.getLong(24),
            last == null ? null : last.toInstant(),
            target == null ? null : target.toLocalDate(),
            rs.getLong(12),
            new RecoveryFacts(
                Sql.date(rs, 13), Sql.date(rs, 14), Sql.date(rs, 15), Sql.date(rs, 16)),
            new AftercareFacts(rs.getBoolean(17), rs.getBoolean(18)),
            new AlertFacts(
                rs.getBoolean(19),
                rs.getBoolean(20),
                rs.getBoolean(21),
                rs.getBoolean(22),
                Sql.codes(rs, 23, TestResult.class)));
    Date since = rs.getDate(7);
    return new CaseloadRow(
        rs.getLong(1),
        rs.getString(2),
        status.name(),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        since == null ? null : since.toLocalDate(),
        target == null ? null : target.toLocalDate(),
        last == null ? null : last.toInstant(),
        FlagRules.flags(inputs, today, now));
  }

  private void read(StringBuilder sql, List<Object> params, Sql.RowConsumer each) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      Sql.bind(c, s, params.toArray());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          each.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw Sql.failed("reading the caseload", e);
    }
  }

  /**
   * The parameters of {@link #ALERTS}: in force today, expiring from today to the last day counted;
   * the acknowledgement window's end and start; the start of the drug tests that count.
   */
  private static List<Object> alertParams(LocalDate today, Instant now) {
    return List.of(
        Date.valueOf(today),
        Date.valueOf(today),
        Date.valueOf(today.plusDays(AlertFacts.CONSENT_EXPIRY_DAYS)),
        ts(now.minus(Duration.ofDays(AlertFacts.UNACKNOWLEDGED_DAYS))),
        ts(now.minus(Duration.ofDays(AlertFacts.ACKNOWLEDGEMENT_WINDOW_DAYS))),
        ts(now.minus(Duration.ofDays(AlertFacts.DRUG_TEST_DAYS))));
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
