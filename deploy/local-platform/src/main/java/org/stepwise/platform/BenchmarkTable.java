package org.stepwise.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the figures every benchmark of the run saved (see {@link BenchmarkFigure}) as one table:
 * the last step of {@code mvn -B -Pbenchmark verify}. A line older than this run's first one is
 * marked, so a benchmark that failed cannot pass its last run's figure off as today's.
 */
public final class BenchmarkTable {

  private BenchmarkTable() {}

  public static void main(String[] args) throws Exception {
    List<BenchmarkFigure> figures = BenchmarkFigure.load(Path.of(args[0]));
    if (figures.isEmpty()) {
      System.out.println("No benchmark figures under " + args[0]);
      return;
    }
    Instant newest = figures.stream().map(BenchmarkFigure::takenAt).max(Instant::compareTo).get();
    String durability =
        figures.stream()
            .map(BenchmarkFigure::durability)
            .distinct()
            .collect(Collectors.joining("; "));
    System.out.printf(
        "%nStepwise benchmarks, %d cores; database %s%n",
        Runtime.getRuntime().availableProcessors(), durability);
    String format = "%-4s %-58s %-26s %-26s %7s %7s  %s%n";
    System.out.printf(
        format, "id", "measure", "one side", "the other", "ratio", "target", "result");
    for (BenchmarkFigure f : figures) {
      boolean stale = Duration.between(f.takenAt(), newest).toHours() >= 1;
      System.out.printf(
          format,
          f.id(),
          f.measure(),
          f.oneSide(),
          f.otherSide(),
          String.format("%.2f", f.ratio()),
          f.target(),
          (f.meetsTarget() ? "pass" : "short")
              + (stale ? " (from an earlier run: " + f.takenAt() + ")" : ""));
    }
    System.out.println();
  }
}
