package org.stepwise.cases.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.it.BenchmarkData;
import org.stepwise.platform.BenchmarkFigure;
import org.stepwise.platform.DemoUser;

/**
 * Authenticated GET /api/v1/clients/{id}/overview against the same server's unauthenticated
 * /health, in one run, on this machine: requests per second, p50 and p99, and the ratio. A
 * benchmark, not a test: it prints figures and only checks that every answer was 200. Loopback
 * only; bounded in time and in requests. Run it with {@code mvn -B -Pbenchmark verify}.
 */
class OverviewBenchmark {

  private static final int WORKERS = Integer.getInteger("bench.workers", 8);
  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 8));
  private static final Duration MEASURE =
      Duration.ofSeconds(Integer.getInteger("bench.seconds", 8));
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final long MAX_REQUESTS = 2_000_000;

  /** What one endpoint did. */
  record Figures(String name, long requests, double seconds, long p50, long p99, long errors) {
    double perSecond() {
      return requests / seconds;
    }
  }

  @Test
  void overviewAgainstHealth() throws Exception {
    BenchmarkData data = BenchmarkData.prepare();
    String token = data.token(DemoUser.CM_RIVERA);
    String api = data.serviceUrl() + "/api/v1";
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("GET /health (no token)", get(data.serviceUrl() + "/health", null)),
            new Endpoint(
                "GET /api/v1/houses (token, 1 query, no audit)", get(api + "/houses", token)),
            new Endpoint(
                "GET /api/v1/clients/{id}/overview (token)",
                get(api + "/clients/" + data.clientId() + "/overview", token)));
    for (Endpoint e : endpoints) {
      run(e.name(), e.request(), WARM_UP);
    }
    // alternating rounds, so that a slow moment of the machine does not fall on one endpoint only
    List<List<Figures>> rounds = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<Figures> figures = new ArrayList<>();
      for (Endpoint e : endpoints) {
        figures.add(run(e.name(), e.request(), MEASURE));
      }
      rounds.add(figures);
    }

    System.out.printf(
        "%nStepwise benchmark: %d workers, %d rounds of %d s per endpoint, %d cores, loopback%n",
        WORKERS, ROUNDS, MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "%-48s %10s %9s %9s%n", "endpoint (median of rounds)", "req/s", "p50 ms", "p99 ms");
    double[] medians = new double[endpoints.size()];
    for (int i = 0; i < endpoints.size(); i++) {
      int at = i;
      List<Figures> of = rounds.stream().map(r -> r.get(at)).toList();
      medians[i] = median(of.stream().mapToDouble(Figures::perSecond).toArray());
      System.out.printf(
          "%-48s %10.0f %9.2f %9.2f   (rounds: %s req/s)%n",
          endpoints.get(i).name(),
          medians[i],
          median(of.stream().mapToDouble(f -> f.p50() / 1e6).toArray()),
          median(of.stream().mapToDouble(f -> f.p99() / 1e6).toArray()),
          of.stream().map(f -> String.format("%.0f", f.perSecond())).toList());
      assertEquals(0, of.stream().mapToLong(Figures::errors).sum(), "every answer was 200");
    }
    System.out.printf("ratio overview / health: %.2f%n%n", medians[2] / medians[0]);
    BenchmarkFigure.measured(
            "P2",
            "authenticated overview ÷ /health, req/s (p50/p99 ms)",
            side(medians[2], rounds, 2),
            side(medians[0], rounds, 0),
            medians[2] / medians[0],
            0.4,
            true,
            data.durability())
        .save();
  }

  private static String side(double perSecond, List<List<Figures>> rounds, int endpoint) {
    List<Figures> of = rounds.stream().map(r -> r.get(endpoint)).toList();
    return String.format(
        Locale.ROOT,
        "%.0f (%.1f/%.1f)",
        perSecond,
        median(of.stream().mapToDouble(f -> f.p50() / 1e6).toArray()),
        median(of.stream().mapToDouble(f -> f.p99() / 1e6).toArray()));
  }

  /** One endpoint to measure. */
  record Endpoint(String name, HttpRequest request) {}

  private static HttpRequest get(String url, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Figures run(String name, HttpRequest request, Duration duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    AtomicLong budget = new AtomicLong(MAX_REQUESTS);
    long deadline = System.nanoTime() + duration.toNanos();
    long started = System.nanoTime();
    List<Future<long[]>> results = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    for (int w = 0; w < WORKERS; w++) {
      results.add(
          pool.submit(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline && budget.decrementAndGet() > 0) {
                  long t0 = System.nanoTime();
                  HttpResponse<byte[]> r =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  long t = System.nanoTime() - t0;
                  if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                  }
                  if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                  }
                  latencies[n++] = t;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      all.add(f.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Figures(
        name,
        merged.length,
        seconds,
        percentile(merged, 0.50),
        percentile(merged, 0.99),
        errors.get());
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
