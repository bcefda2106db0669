package org.stepwise.routes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.stepwise.platform.BenchmarkFigure;
import org.stepwise.routes.it.IntakeBenchmarkSupport;

/**
 * A 100,000-row CSV through the real route into PostgreSQL (file drop, streaming parse, batches of
 * 500 over HTTP with a Keycloak token, case-service's checks and its one-statement insert), against
 * PostgreSQL's own COPY of the same rows into the same table, in the same run. Prints rows per
 * second and the ratio; checks only that every row arrived. Run it with {@code mvn -B -Pbenchmark
 * verify}.
 */
class IntakeBenchmark {

  private static final int ROWS = 100_000;

  @Test
  void routeAgainstCopy() throws Exception {
    String run = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
    long client = IntakeBenchmarkSupport.resident("BR-" + run, run);
    Path drop = Path.of("target/drops/bench-" + run).toAbsolutePath();
    Files.createDirectories(drop);
    Path staged = drop.resolveSibling("bench-" + run + ".csv.part");
    IntakeBenchmarkSupport.writeRows(staged, "BR-" + run, run);

    double routeSeconds;
    try (AutoCloseable routes = IntakeBenchmarkSupport.routes(drop)) {
      long t0 = System.nanoTime();
      Files.move(staged, drop.resolve("bench.csv"));
      while (!Files.exists(drop.resolve("done/bench.csv"))) {
        Thread.sleep(50);
        if (System.nanoTime() - t0 > 600_000_000_000L) {
          throw new AssertionError("the route did not finish in 10 minutes");
        }
      }
      routeSeconds = (System.nanoTime() - t0) / 1e9;
    }
    assertEquals(ROWS, IntakeBenchmarkSupport.stored(client));

    // the same rows (other source ids) with PostgreSQL's COPY into the same table
    StringBuilder copy = new StringBuilder(ROWS * 160);
    ZonedDateTime start =
        ZonedDateTime.now(ZoneId.of("America/New_York")).minusHours(1).withNano(0);
    String now = Instant.now().toString();
    for (int i = 0; i < ROWS; i++) {
      copy.append(client)
          .append(",NA,Tuesday Night Hope Group,")
          .append(start.minusMinutes(i).toOffsetDateTime())
          .append(",-05:00,ATTENDED,SIGNED_SLIP,MAPLE,FILE_DROP,copy-")
          .append(run)
          .append('-')
          .append(i)
          .append(",hm.jordan,bench,")
          .append(now)
          .append('\n');
    }
    double copySeconds;
    try (Connection c =
        DriverManager.getConnection(
            IntakeBenchmarkSupport.jdbcUrl(), IntakeBenchmarkSupport.jdbcUser(), "")) {
      long t0 = System.nanoTime();
      long copied =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY attendance_record (client_id, meeting_type, meeting_name, started_at, started_offset, status,"
                      + " verification, source_key, source_channel, source_record_id, reported_by, received_by, received_at)"
                      + " FROM STDIN WITH (FORMAT csv)",
                  new StringReader(copy.toString()));
      copySeconds = (System.nanoTime() - t0) / 1e9;
      assertEquals(ROWS, copied);
    }

    double route = ROWS / routeSeconds;
    double pg = ROWS / copySeconds;
    System.out.printf(
        "%nStepwise intake benchmark: %,d rows, %d cores%n"
            + "  route end to end (drop -> done/, HTTP + token + checks + insert): %8.0f rows/s (%.1f s)%n"
            + "  PostgreSQL COPY into the same table:                           %8.0f rows/s (%.1f s)%n"
            + "  ratio route / COPY: %.2f%n%n",
        ROWS,
        Runtime.getRuntime().availableProcessors(),
        route,
        routeSeconds,
        pg,
        copySeconds,
        route / pg);
    BenchmarkFigure.measured(
            "P1",
            String.format(Locale.ROOT, "intake route end to end ÷ COPY, %,d rows", ROWS),
            String.format(Locale.ROOT, "%,.0f rows/s route", route),
            String.format(Locale.ROOT, "%,.0f rows/s COPY", pg),
            route / pg,
            0.25,
            true,
            IntakeBenchmarkSupport.durability())
        .save();
  }
}
