package org.stepwise.cases.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.clinic.Cadence;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.infrastructure.persistence.jdbc.JdbcSummaryFactsQueries;
import org.stepwise.cases.it.SummaryBenchmarkData;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.BenchmarkFigure;

/**
 * The weekly cadence run for 10,000 referred, consenting clients with a year of attendance each
 * (about 1.5 million rows): summaries per second through the real service (gather, render as FHIR,
 * store, audit), next to the bare SQL that gathers the same figures for the same clients and
 * period, in the same run. A warm-up clinic of 1,000 clients runs first so the JIT has seen the
 * code. Figures are printed; nothing is asserted about time.
 */
class SummaryBenchmark {

  private static final int CLIENTS = Integer.getInteger("bench.clients", 10_000);
  private static final int MEETINGS = Integer.getInteger("bench.meetings", 150);
  private static final int CHUNK = 1000;
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  @Test
  void cadenceRunAgainstBareSql() throws Exception {
    SummaryBenchmarkData data = new SummaryBenchmarkData();
    long seedStart = System.nanoTime();
    // warm-up: a smaller clinic's run (before the measured clinic exists), one pass of bare SQL
    data.seed("BENCHWARM", CLIENTS / 10, MEETINGS);
    ApiClient.Response warm = data.runCadence();
    assertEquals(200, warm.status(), warm.body());
    List<Long> clients = data.seed("BENCH10K", CLIENTS, MEETINGS);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    long rows =
        data.count("SELECT count(*) FROM attendance_record WHERE source_key = 'BENCH-BENCH10K'");
    Period period = Cadence.WEEKLY.lastCompletePeriod(LocalDate.now(ZONE));
    bareSql(data, clients, period);

    double sqlSeconds = bareSql(data, clients, period);
    long start = System.nanoTime();
    ApiClient.Response run = data.runCadence();
    double runSeconds = (System.nanoTime() - start) / 1e9;
    assertEquals(200, run.status(), run.body());
    long made =
        data.count(
            "SELECT count(*) FROM progress_summary s JOIN clinic k ON k.id = s.clinic_id"
                + " JOIN delivery d ON d.summary_id = s.id"
                + " WHERE k.code = 'BENCH10K' AND d.status = 'PENDING'");
    assertEquals(clients.size(), made, "one pending summary per client");
    double bytes =
        data.count(
            "SELECT sum(length(document)) FROM progress_summary s JOIN clinic k ON"
                + " k.id = s.clinic_id WHERE k.code = 'BENCH10K'");

    System.out.printf(
        "%nSummary benchmark: %,d clients, %,d attendance rows (seeded in %.1f s)%n",
        clients.size(), rows, seedSeconds);
    System.out.printf(
        "  cadence run (gather + FHIR + store + audit): %.2f s = %,.0f summaries/s, %.1f KB each%n",
        runSeconds, made / runSeconds, bytes / made / 1024);
    System.out.printf("  bare SQL gathering the same figures:         %.2f s%n", sqlSeconds);
    System.out.printf(
        "  ratio run / bare SQL:                        %.2f%n%n", runSeconds / sqlSeconds);
    BenchmarkFigure.measured(
            "P3",
            String.format(
                Locale.ROOT, "weekly summary run, %,d clients ÷ bare SQL", clients.size()),
            String.format(Locale.ROOT, "%.2f s run", runSeconds),
            String.format(Locale.ROOT, "%.2f s SQL", sqlSeconds),
            runSeconds / sqlSeconds,
            2.5,
            false,
            data.durability())
        .save();
  }

  /**
   * The five statements of JdbcSummaryFactsQueries for every client, in the run's chunks, read
   * fully.
   */
  private static double bareSql(SummaryBenchmarkData data, List<Long> clients, Period period)
      throws SQLException {
    long start = System.nanoTime();
    long values = 0;
    try (Connection c = data.applicationConnection()) {
      Timestamp yearFrom =
          Timestamp.from(JdbcSummaryFactsQueries.yearStart(period).atStartOfDay(ZONE).toInstant());
      Timestamp periodFrom = Timestamp.from(period.start().atStartOfDay(ZONE).toInstant());
      Timestamp until = Timestamp.from(period.end().plusDays(1).atStartOfDay(ZONE).toInstant());
      for (int from = 0; from < clients.size(); from += CHUNK) {
        Array ids =
            c.createArrayOf(
                "bigint", clients.subList(from, Math.min(clients.size(), from + CHUNK)).toArray());
        values += read(c, JdbcSummaryFactsQueries.CLIENTS, ids);
        values +=
            read(
                c,
                JdbcSummaryFactsQueries.STEPS,
                ids,
                java.sql.Date.valueOf(period.start()),
                java.sql.Date.valueOf(period.end()));
        values += read(c, JdbcSummaryFactsQueries.WEEKS, ZONE.getId(), ids, yearFrom, until);
        values +=
            read(
                c,
                JdbcSummaryFactsQueries.GOALS,
                java.sql.Date.valueOf(period.start()),
                java.sql.Date.valueOf(period.end()),
                ids);
        values +=
            read(
                c,
                JdbcSummaryFactsQueries.NARRATIVES,
                ids,
                java.sql.Date.valueOf(period.start()),
                java.sql.Date.valueOf(period.end()));
      }
    }
    if (values == 0) {
      throw new IllegalStateException("the bare SQL read nothing");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static long read(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      long values = 0;
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            if (rs.getObject(i) != null) {
              values++;
            }
          }
        }
      }
      return values;
    }
  }
}
