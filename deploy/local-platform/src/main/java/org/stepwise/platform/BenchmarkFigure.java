package org.stepwise.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One line of the benchmark table (issue 13's P1–P5): what was measured, its two sides, their ratio
 * and the ratio it must reach. Each benchmark saves its lines under the directory named by {@code
 * stepwise.benchmark.figures} (set by the {@code benchmark} profile), and {@link BenchmarkTable}
 * prints them together at the end of the run.
 *
 * @param higherIsBetter whether the ratio must be at least {@code must} (else at most)
 * @param durability the database's fsync and synchronous_commit when it was measured
 */
public record BenchmarkFigure(
    String id,
    String measure,
    String oneSide,
    String otherSide,
    double ratio,
    double must,
    boolean higherIsBetter,
    String durability,
    Instant takenAt) {

  /** The system property naming the directory the figures go to. */
  public static final String DIRECTORY = "stepwise.benchmark.figures";

  /** A figure measured just now. */
  public static BenchmarkFigure measured(
      String id,
      String measure,
      String oneSide,
      String otherSide,
      double ratio,
      double must,
      boolean higherIsBetter,
      String durability) {
    return new BenchmarkFigure(
        id, measure, oneSide, otherSide, ratio, must, higherIsBetter, durability, Instant.now());
  }

  /** Whether the ratio reaches its "must reach" figure. */
  public boolean meetsTarget() {
    return higherIsBetter ? ratio >= must : ratio <= must;
  }

  /** The target as printed: "≥ 0.25" or "≤ 2.50". */
  public String target() {
    return (higherIsBetter ? "≥ " : "≤ ") + String.format(Locale.ROOT, "%.2f", must);
  }

  /** Prints the line and saves it for the table, replacing an earlier run's line of this id. */
  public void save() {
    System.out.printf(
        "%s %s: %s / %s = %.2f (must be %s)%n", id, measure, oneSide, otherSide, ratio, target());
    String dir = System.getProperty(DIRECTORY);
    if (dir == null) {
      return; // run alone, outside the benchmark profile: printed only
    }
    try {
      Files.createDirectories(Path.of(dir));
      Files.writeString(
          Path.of(dir, id + ".tsv"),
          String.join(
                  "\t",
                  id,
                  measure,
                  oneSide,
                  otherSide,
                  Double.toString(ratio),
                  Double.toString(must),
                  Boolean.toString(higherIsBetter),
                  durability,
                  takenAt.toString())
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures saved under {@code dir}, by id. */
  static List<BenchmarkFigure> load(Path dir) throws IOException {
    List<BenchmarkFigure> figures = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return figures;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        String[] f = Files.readString(file).strip().split("\t");
        figures.add(
            new BenchmarkFigure(
                f[0],
                f[1],
                f[2],
                f[3],
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Boolean.parseBoolean(f[6]),
                f[7],
                Instant.parse(f[8])));
      }
    }
    return figures;
  }
}
