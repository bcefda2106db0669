package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.SummaryFacts;
import org.stepwise.cases.domain.model.summary.SummaryFactsQueries;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The facts of any number of summaries in seven statements: clients, level-of-care steps,
 * attendance by week over the 52 weeks up to the period's end, goals with milestone counts and the
 * period's latest progress note, appointment series with the period's outcomes, each instrument's
 * latest score with the one before the period, and the ready narratives written for the clinic
 * within the period (never case notes). Weeks are counted in the program's time zone.
 */
@ApplicationScoped
public class JdbcSummaryFactsQueries implements SummaryFactsQueries {

  /** The statements, public so the benchmark can time the same SQL bare. */
  public static final String CLIENTS =
      "SELECT id, given_name, family_name, date_of_birth, recovery_start_date, current_level,"
          + " current_level_since, meeting_min_per_week FROM client WHERE id = ANY (?)";

  public static final String STEPS =
      "SELECT t.client_id, t.effective_date, t.from_level, t.to_level, t.direction"
          + " FROM transition t WHERE t.client_id = ANY (?) AND t.effective_date BETWEEN ? AND ?"
          + " AND NOT EXISTS (SELECT 1 FROM transition c WHERE c.corrects_id = t.id)"
          + " ORDER BY t.client_id, t.seq";

  public static final String WEEKS =
      "SELECT client_id, (date_trunc('week', started_at AT TIME ZONE ?))::date AS week,"
          + " count(*) FILTER (WHERE status = 'ATTENDED'), count(*) FILTER (WHERE status = 'ABSENT'),"
          + " count(*) FILTER (WHERE status = 'EXCUSED')"
          + " FROM attendance_record WHERE client_id = ANY (?) AND started_at >= ? AND started_at < ?"
          + " GROUP BY 1, 2";

  public static final String GOALS =
      "SELECT g.client_id, g.id, g.domain, g.statement, g.status, g.target_date,"
          + " coalesce(m.achieved, 0), coalesce(m.total, 0), n.body"
          + " FROM goal g"
          + " LEFT JOIN LATERAL (SELECT count(achieved_on) AS achieved, count(*) AS total"
          + "   FROM goal_milestone WHERE goal_id = g.id) m ON TRUE"
          + " LEFT JOIN LATERAL (SELECT p.body FROM goal_progress_note p WHERE p.goal_id = g.id"
          + "   AND p.noted_on BETWEEN ? AND ? ORDER BY p.noted_on DESC, p.id DESC LIMIT 1) n ON TRUE"
          + " WHERE g.client_id = ANY (?)"
          + " ORDER BY g.client_id, g.domain NOT IN ('HOUSING', 'EMPLOYMENT'), g.id";

  /** Each series in force in the period, with its appointments' outcomes in the period counted. */
  public static final String APPOINTMENTS =
      "SELECT s.client_id, s.id, s.kind, s.provider,"
          + " count(o.outcome) FILTER (WHERE o.outcome = 'KEPT'),"
          + " count(o.outcome) FILTER (WHERE o.outcome = 'MISSED'),"
          + " count(o.outcome) FILTER (WHERE o.outcome = 'CANCELLED_BY_CLIENT'),"
          + " count(o.outcome) FILTER (WHERE o.outcome IN ('CANCELLED_BY_PROVIDER', 'RESCHEDULED'))"
          + " FROM appointment_series s LEFT JOIN appointment_occurrence o ON o.series_id = s.id"
          + " AND o.scheduled_on BETWEEN ? AND ?"
          + " WHERE s.client_id = ANY (?) AND s.starts_on <= ? AND (s.ends_on IS NULL OR s.ends_on >= ?)"
          + " GROUP BY s.id ORDER BY s.client_id, s.starts_on, s.id";

  /** Each instrument's latest score in the period, and the latest before the period. */
  public static final String MEASURES =
      "SELECT m.client_id, m.instrument, m.administered_on, m.total, m.band, m.flags,"
          + " p.administered_on, p.total"
          + " FROM (SELECT DISTINCT ON (client_id, instrument) * FROM outcome_measure"
          + "   WHERE client_id = ANY (?) AND administered_on BETWEEN ? AND ?"
          + "   ORDER BY client_id, instrument, administered_on DESC, id DESC) m"
          + " LEFT JOIN LATERAL (SELECT b.administered_on, b.total FROM outcome_measure b"
          + "   WHERE b.client_id = m.client_id AND b.instrument = m.instrument"
          + "   AND b.administered_on < ? ORDER BY b.administered_on DESC, b.id DESC LIMIT 1) p ON TRUE"
          + " ORDER BY m.client_id, m.instrument";

  /** The drug tests collected in the period, oldest first, each with its explanation if any. */
  public static final String TESTS =
      "SELECT t.client_id, t.collected_at, t.collected_offset, t.method, t.reason, t.result,"
          + " t.substances_tested, t.substances_positive, t.lab_confirmed, x.reason"
          + " FROM drug_test t LEFT JOIN drug_test_explanation x ON x.test_id = t.id"
          + " WHERE t.client_id = ANY (?) AND t.collected_at >= ? AND t.collected_at < ?"
          + " ORDER BY t.client_id, t.collected_at, t.id";

  /** The narratives written for the clinic, ready, whose period lies within the summary's. */
  public static final String NARRATIVES =
      "SELECT n.client_id, n.period_start, n.body FROM clinic_narrative n"
          + " WHERE n.client_id = ANY (?) AND n.ready AND n.period_start >= ? AND n.period_end <= ?"
          + " ORDER BY n.client_id, n.period_start, n.period_end";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private ProgramCalendar calendar;

  private record Client(
      String given,
      String family,
      LocalDate born,
      LocalDate recoveryStart,
      String level,
      LocalDate levelSince,
      Integer required) {}

  /** One client's lines of the sections gathered whole. */
  private record Extras(
      List<SummaryFacts.AppointmentLine> appointments,
      List<SummaryFacts.MeasureLine> measures,
      List<SummaryFacts.Note> narrative,
      List<SummaryFacts.TestLine> drugTests) {}

  private record WeekRow(LocalDate start, int attended, int absent, int excused) {}

  @Override
  public Map<Long, SummaryFacts> gather(Collection<Long> clientIds, Period period) {
    Map<Long, Client> clients = new HashMap<>();
    Map<Long, List<SummaryFacts.Step>> steps = new HashMap<>();
    Map<Long, List<WeekRow>> weeks = new HashMap<>();
    Map<Long, List<SummaryFacts.GoalLine>> goals = new HashMap<>();
    Map<Long, List<SummaryFacts.Note>> notes = new HashMap<>();
    Map<Long, List<SummaryFacts.AppointmentLine>> appointments = new HashMap<>();
    Map<Long, List<SummaryFacts.MeasureLine>> measures = new HashMap<>();
    Map<Long, List<SummaryFacts.TestLine>> drugTests = new HashMap<>();
    LocalDate yearStart = yearStart(period);
    Timestamp from = Timestamp.from(calendar.startOf(yearStart));
    Timestamp until = Timestamp.from(calendar.startOf(period.end().plusDays(1)));
    try (Connection c = dataSource.getConnection()) {
      Array ids = c.createArrayOf("bigint", clientIds.toArray(Long[]::new));
      try (PreparedStatement s = c.prepareStatement(CLIENTS)) {
        s.setArray(1, ids);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            clients.put(
                rs.getLong(1),
                new Client(
                    rs.getString(2),
                    rs.getString(3),
                    Sql.date(rs, 4),
                    Sql.date(rs, 5),
                    rs.getString(6),
                    Sql.date(rs, 7),
                    Sql.intOrNull(rs, 8)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(STEPS)) {
        s.setArray(1, ids);
        Sql.setDate(s, 2, period.start());
        Sql.setDate(s, 3, period.end());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            steps
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new SummaryFacts.Step(
                        Sql.date(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(WEEKS)) {
        s.setString(1, calendar.zone().getId());
        s.setArray(2, ids);
        s.setTimestamp(3, from);
        s.setTimestamp(4, until);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            weeks
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new WeekRow(Sql.date(rs, 2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(GOALS)) {
        Sql.setDate(s, 1, period.start());
        Sql.setDate(s, 2, period.end());
        s.setArray(3, ids);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            goals
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new SummaryFacts.GoalLine(
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Sql.date(rs, 6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(APPOINTMENTS)) {
        Sql.setDate(s, 1, period.start());
        Sql.setDate(s, 2, period.end());
        s.setArray(3, ids);
        Sql.setDate(s, 4, period.end());
        Sql.setDate(s, 5, period.start());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            appointments
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new SummaryFacts.AppointmentLine(
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(MEASURES)) {
        s.setArray(1, ids);
        Sql.setDate(s, 2, period.start());
        Sql.setDate(s, 3, period.end());
        Sql.setDate(s, 4, period.start());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            measures
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new SummaryFacts.MeasureLine(
                        Instrument.valueOf(rs.getString(2)),
                        Sql.date(rs, 3),
                        rs.getInt(4),
                        Band.valueOf(rs.getString(5)),
                        Sql.codes(rs, 6, MeasureFlag.class),
                        Sql.date(rs, 7),
                        Sql.intOrNull(rs, 8)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(TESTS)) {
        s.setArray(1, ids);
        s.setTimestamp(2, Timestamp.from(calendar.startOf(period.start())));
        s.setTimestamp(3, until);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            drugTests
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new SummaryFacts.TestLine(
                        Sql.instant(rs, 2).atOffset(java.time.ZoneOffset.of(rs.getString(3))),
                        TestMethod.valueOf(rs.getString(4)),
                        TestReason.valueOf(rs.getString(5)),
                        TestResult.valueOf(rs.getString(6)),
                        Sql.codes(rs, 7, Substance.class),
                        Sql.codes(rs, 8, Substance.class),
                        rs.getBoolean(9),
                        rs.getString(10)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(NARRATIVES)) {
        s.setArray(1, ids);
        s.setDate(2, java.sql.Date.valueOf(period.start()));
        s.setDate(3, java.sql.Date.valueOf(period.end()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            notes
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new SummaryFacts.Note(Sql.date(rs, 2), rs.getString(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw Sql.failed("gathering summary facts", e);
    }
    Map<Long, SummaryFacts> facts = new HashMap<>();
    clients.forEach(
        (id, c) ->
            facts.put(
                id,
                facts(
                    id,
                    c,
                    period,
                    yearStart,
                    steps,
                    weeks,
                    goals,
                    new Extras(
                        appointments.getOrDefault(id, List.of()),
                        measures.getOrDefault(id, List.of()),
                        notes.getOrDefault(id, List.of()),
                        drugTests.getOrDefault(id, List.of())))));
    return facts;
  }

  /** 52 weeks back from the Monday after the period's end (the year the figures look at). */
  public static LocalDate yearStart(Period period) {
    return period.end().plusDays(1).minusWeeks(52);
  }

  private static SummaryFacts facts(
      long id,
      Client c,
      Period period,
      LocalDate yearStart,
      Map<Long, List<SummaryFacts.Step>> steps,
      Map<Long, List<WeekRow>> weeks,
      Map<Long, List<SummaryFacts.GoalLine>> goals,
      Extras extras) {
    Map<LocalDate, WeekRow> byWeek = new HashMap<>();
    int attendedYear = 0;
    for (WeekRow w : weeks.getOrDefault(id, List.of())) {
      byWeek.put(w.start(), w);
      attendedYear += w.attended();
    }
    // the period's weeks, each shown even when nothing was reported
    List<SummaryFacts.Week> periodWeeks = new ArrayList<>();
    LocalDate monday = period.start().minusDays(period.start().getDayOfWeek().getValue() - 1L);
    for (LocalDate w = monday; !w.isAfter(period.end()); w = w.plusWeeks(1)) {
      WeekRow row = byWeek.get(w);
      periodWeeks.add(
          row == null
              ? new SummaryFacts.Week(w, 0, 0, 0)
              : new SummaryFacts.Week(w, row.attended(), row.absent(), row.excused()));
    }
    // the year's full weeks since the client's recovery started
    LocalDate countFrom = c.recoveryStart().isAfter(yearStart) ? c.recoveryStart() : yearStart;
    LocalDate firstMonday = countFrom.plusDays((8 - countFrom.getDayOfWeek().getValue()) % 7);
    int counted = 0;
    int met = 0;
    for (LocalDate w = firstMonday; !w.plusDays(6).isAfter(period.end()); w = w.plusWeeks(1)) {
      counted++;
      WeekRow row = byWeek.get(w);
      int required = c.required() == null ? 1 : Math.max(c.required(), 1);
      if (row != null && row.attended() >= required) {
        met++;
      }
    }
    return new SummaryFacts(
        id,
        c.given(),
        c.family(),
        c.born(),
        c.recoveryStart(),
        c.level(),
        c.levelSince(),
        steps.getOrDefault(id, List.of()),
        c.required(),
        periodWeeks,
        attendedYear,
        met,
        counted,
        goals.getOrDefault(id, List.of()),
        extras.appointments(),
        extras.measures(),
        extras.narrative(),
        extras.drugTests());
  }
}
