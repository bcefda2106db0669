package org.stepwise.cases.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.it.TestPlatform;
import org.stepwise.platform.BenchmarkFigure;
import org.stepwise.platform.LocalPlatform;

/**
 * P5: case-service's time from its Payara Micro process's start to {@code /health/ready} UP (with
 * its own database check among the checks), against a trivial WAR's on the same Payara Micro with
 * the same JVM settings, both started beside the test platform's server on another port. The median
 * of three starts each, alternating.
 */
class ReadyTimeBenchmark {

  private static final int PORT = 18085;
  private static final int STARTS = Integer.getInteger("bench.starts", 3);

  @Test
  void caseServiceAgainstATrivialWar() throws Exception {
    LocalPlatform platform = TestPlatform.get().local();
    Path caseService =
        Path.of(System.getProperty("stepwise.war", "target/case-service.war")).toAbsolutePath();
    Path trivial = trivialWar(Path.of("target/bench/trivial.war").toAbsolutePath());
    long[] service = new long[STARTS];
    long[] empty = new long[STARTS];
    for (int i = 0; i < STARTS; i++) {
      empty[i] = platform.timeToReady(trivial, PORT, body -> body.contains("UP")).toMillis();
      service[i] =
          platform
              .timeToReady(caseService, PORT, body -> body.contains("case-service-database"))
              .toMillis();
      System.out.printf(
          "  start %d: trivial WAR %d ms, case-service %d ms%n", i + 1, empty[i], service[i]);
    }
    long s = median(service);
    long t = median(empty);
    BenchmarkFigure.measured(
            "P5",
            "ready (process start → /health/ready UP) ÷ a trivial WAR",
            seconds(s) + " s case-service",
            seconds(t) + " s trivial WAR",
            (double) s / t,
            2.0,
            false,
            TestPlatform.get().databaseDurability())
        .save();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A WAR with a deployment descriptor and one page: what Payara Micro needs to deploy one. */
  private static Path trivialWar(Path war) throws IOException {
    Files.createDirectories(war.getParent());
    try (OutputStream out = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
      zip.write(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
          """
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("index.html"));
      zip.write("<!doctype html><title>trivial</title>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return war;
  }
}
