package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.routes.it.IntakeFixtures.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.routes.intake.RecordType;

/**
 * Scale-out, acceptance 1 and 2: two case-service replicas on the same PostgreSQL and Keycloak
 * behind HAProxy, two routes instances. Under a mixed load (overview reads, attendance batches,
 * client updates with If-Match, summary runs) one replica is killed with SIGKILL and started again,
 * then the routes instance that polls, then the other replica gets SIGTERM. Every row a client was
 * told was stored is stored once; a stale If-Match sent to the other replica is refused; every
 * summary due reaches the clinic once; the standby routes take over the drop; no 5xx came through
 * the load balancer while a replica stopped on SIGTERM.
 */
class ReplicaFailoverIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
  private static final int FIRST = 18091;
  private static final int SECOND = 18092;
  private static final int CLIENTS = 3;
  private static final int SUMMARIES = 4;

  private final RoutesTestPlatform platform = RoutesTestPlatform.get();
  private final SummaryFixtures summaries = new SummaryFixtures(platform);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void replicasAndRoutesFailOverWithoutLosingOrRepeatingAnything() throws Exception {
    long house = IntakeFixtures.ensureMaple(platform);
    List<Long> residents = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      residents.add(IntakeFixtures.resident(platform, house, "F" + i + "-" + RUN, RUN + i));
    }
    Path work = Path.of("target/failover-" + RUN).toAbsolutePath();
    Path drop = work.resolve("drop");
    Files.createDirectories(drop);
    Map<String, String> settings = Map.of("stepwise.delivery.lease-seconds", "10");
    LocalPlatform.Replica[] replicas = new LocalPlatform.Replica[2];
    List<RoutesProcess> routes = new ArrayList<>();
    try (ClinicFhirServer clinic = new ClinicFhirServer()) {
      String code = summaries.clinic(SummaryFixtures.fhir(clinic.endpoint()));
      List<Long> referred = new ArrayList<>();
      for (int i = 0; i < SUMMARIES; i++) {
        long client = summaries.referredClient(code);
        summaries.consent(client, code, SummaryFixtures.today().plusDays(60), "ATTENDANCE");
        summaries.attended(client, lastWeek(), "w" + i);
        referred.add(client);
      }
      var second =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> replica(SECOND, settings));
      replicas[0] = replica(FIRST, settings);
      replicas[1] = second.join();
      try (LoadBalancer lb = LoadBalancer.start(List.of(FIRST, SECOND), work.resolve("lb"))) {
        staleIfMatchOnTheOtherReplicaIsRefused(replicas[0], replicas[1], residents.get(0));
        Map<String, String> properties = platform.fileDrop(drop);
        properties.put("stepwise.case-service.url", lb.url());
        properties.put("stepwise.cluster-dir", work.resolve("cluster").toString());
        properties.put("stepwise.state-dir", work.resolve("state").toString());
        properties.put("stepwise.summaries.run-delay", "0");
        properties.put("stepwise.delivery.poll-period", "300");
        properties.put("stepwise.retry.delay", "200");
        for (int i = 0; i < 2; i++) {
          routes.add(RoutesProcess.start(properties, work.resolve("routes-" + i + ".log")));
        }
        Load load = new Load(lb.url(), residents);
        load.start(4);
        Thread.sleep(5_000);

        replicas[0].kill();
        System.out.println("failover: SIGKILL to the replica on " + FIRST);
        Thread.sleep(4_000);
        replicas[0] = platform.platform.startReplica(FIRST, settings, List.of());
        System.out.println("failover: the replica on " + FIRST + " is back");

        csv(drop, "before.csv", "F0-" + RUN, "file-a", 50);
        await(() -> Files.exists(drop.resolve("done/before.csv")), Duration.ofSeconds(60), "a");
        long leader = leaderPid(work.resolve("cluster"));
        RoutesProcess polling =
            routes.stream().filter(r -> r.pid() == leader).findFirst().orElseThrow();
        polling.kill();
        long killed = System.nanoTime();
        csv(drop, "after.csv", "F0-" + RUN, "file-b", 50);
        await(
            () -> Files.exists(drop.resolve("done/after.csv")),
            Duration.ofSeconds(60),
            "the standby takes over the drop");
        double takeover = (System.nanoTime() - killed) / 1e9;
        routes.add(RoutesProcess.start(properties, work.resolve("routes-again.log")));

        load.phase("sigterm");
        replicas[1].terminate();
        await(() -> !replicas[1].alive(), Duration.ofSeconds(60), "the replica stopped");
        Thread.sleep(2_000);
        load.stop();

        await(
            () -> referred.stream().allMatch(c -> status(c).equals("DELIVERED")),
            Duration.ofSeconds(90),
            "every summary due delivered");

        List<String> storedRows = storedRows();
        Set<String> stored = new HashSet<>(storedRows);
        long rows = storedRows.size();
        Set<String> told = load.acknowledged();
        Set<String> lost = new HashSet<>(told);
        lost.removeAll(stored);
        Set<String> strays = new HashSet<>(stored);
        strays.removeAll(load.sent());
        strays.removeIf(id -> id.startsWith("file-"));
        int delivered = 0;
        for (long client : referred) {
          JsonObject s = summaries.summaries(client).getJsonObject(0);
          delivered += clinic.copiesOf("urn:uuid:" + s.getString("bundleId")).size();
        }
        System.out.printf(
            "failover figures: %d requests, %d failed (%d 5xx while a replica stopped on SIGTERM),"
                + " worst latency %d ms; rows acknowledged %d, stored %d (%d distinct ids, %d"
                + " from files); summaries due %d, at the clinic %d; routes takeover %.1f s%n",
            load.requests.get(),
            load.failures(),
            load.failuresIn("sigterm"),
            load.worstMillis.get(),
            told.size(),
            rows,
            stored.size(),
            stored.stream().filter(id -> id.startsWith("file-")).count(),
            SUMMARIES,
            delivered,
            takeover);
        assertEquals(Set.of(), lost, "acknowledged rows that are not stored");
        assertEquals(Set.of(), strays, "stored rows nobody sent");
        assertEquals(stored.size(), rows, "a row stored twice");
        assertEquals(100, stored.stream().filter(id -> id.startsWith("file-")).count());
        assertEquals(SUMMARIES, delivered, "each summary at the clinic once");
        assertEquals(0, load.failuresIn("sigterm"), "5xx while a replica stopped on SIGTERM");
        assertEquals(List.of(), load.unexpected, "answers no client should get");
        assertTrue(load.requests.get() > 100, "the load ran: " + load.requests.get());
        // both replicas audited every read and wrote concurrently; the hash chain is still whole
        HttpResponse<String> chain =
            send(
                lb.url(),
                "GET",
                "/api/v1/audit/verify",
                platform.token(DemoUser.ADMIN_OKAFOR),
                null,
                null);
        assertEquals(200, chain.statusCode(), chain.body());
        assertTrue(
            Json.createReader(new java.io.StringReader(chain.body()))
                .readObject()
                .getBoolean("intact"),
            chain.body());
      }
    } finally {
      for (RoutesProcess r : routes) {
        r.close();
      }
      for (LocalPlatform.Replica r : replicas) {
        if (r != null) {
          r.close();
        }
      }
    }
  }

  private LocalPlatform.Replica replica(int port, Map<String, String> settings) {
    try {
      return platform.platform.startReplica(port, settings, List.of());
    } catch (Exception e) {
      throw new IllegalStateException("replica on " + port + " did not start", e);
    }
  }

  /** The version a case manager read on one replica, used on the other after a change: 412. */
  private void staleIfMatchOnTheOtherReplicaIsRefused(
      LocalPlatform.Replica one, LocalPlatform.Replica other, long client) throws Exception {
    String cm = platform.token(DemoUser.CM_RIVERA);
    HttpResponse<String> read = send(one.url(), "GET", "/api/v1/clients/" + client, cm, null, null);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    String body = "{\"perWeek\":3}";
    String path = "/api/v1/clients/" + client + "/meeting-requirement";
    assertEquals(200, send(one.url(), "PUT", path, cm, body, etag).statusCode());
    assertEquals(
        412,
        send(other.url(), "PUT", path, cm, "{\"perWeek\":4}", etag).statusCode(),
        "a stale version on the other replica");
  }

  private HttpResponse<String> send(
      String base, String method, String path, String token, String body, String ifMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (body != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Mixed requests from several clients through the load balancer, counted by phase. */
  private final class Load {
    final String url;
    final List<Long> residents;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger requests = new AtomicInteger();
    final AtomicLong worstMillis = new AtomicLong();
    final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile String phase = "failover";
    final List<Thread> threads = new ArrayList<>();

    Load(String url, List<Long> residents) {
      this.url = url;
      this.residents = residents;
    }

    void start(int clients) {
      for (int i = 0; i < clients; i++) {
        int n = i;
        Thread t = new Thread(() -> run(n), "load-" + i);
        t.start();
        threads.add(t);
      }
    }

    void phase(String name) {
      phase = name;
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join(60_000);
      }
    }

    int failures() {
      return failed.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int failuresIn(String phase) {
      return failed.getOrDefault(phase, new AtomicInteger()).get();
    }

    Set<String> sent() {
      return sent;
    }

    Set<String> acknowledged() {
      return acknowledged;
    }

    private void run(int n) {
      String cm = token(DemoUser.CM_RIVERA);
      String admin = token(DemoUser.ADMIN_OKAFOR);
      long client = residents.get(n % residents.size());
      String ref = "F" + (n % residents.size()) + "-" + RUN;
      String etag = null;
      for (int i = 0; running.get(); i++) {
        if (i % 20 == 19) { // the platform keeps each user's token until it is near its expiry
          cm = token(DemoUser.CM_RIVERA);
          admin = token(DemoUser.ADMIN_OKAFOR);
        }
        call(cm, "GET", "/api/v1/clients/" + client + "/overview", null, null);
        batch(admin, ref, n, i);
        // the client's own version: each thread changes its own client's requirement
        if (n < residents.size()) {
          HttpResponse<String> read = call(cm, "GET", "/api/v1/clients/" + client, null, null);
          if (read != null && read.statusCode() == 200) {
            etag = read.headers().firstValue("ETag").orElse(null);
            HttpResponse<String> put =
                call(
                    cm,
                    "PUT",
                    "/api/v1/clients/" + client + "/meeting-requirement",
                    "{\"perWeek\":" + (1 + i % 5) + "}",
                    etag);
            if (put != null && put.statusCode() == 412) {
              unexpected.add("412 on a version just read (a replayed write?)");
            }
          }
        }
        if (i % 10 == 0) {
          call(admin, "POST", "/api/v1/summary-runs", null, null);
        }
      }
    }

    /**
     * One log-in at a time: Keycloak's brute-force protection (on in the realm) disabled cm.rivera
     * for a while when four threads logged in as her within the same second.
     */
    private synchronized String token(DemoUser user) {
      return platform.token(user);
    }

    private void batch(String token, String ref, int thread, int i) {
      JsonArrayBuilder rows = Json.createArrayBuilder();
      List<String> ids = new ArrayList<>();
      ZonedDateTime at = ZonedDateTime.now(IntakeFixtures.ZONE).minusDays(2).withNano(0);
      for (int r = 0; r < 20; r++) {
        String id = RUN + "-" + thread + "-" + i + "-" + r;
        ids.add(id);
        rows.add(
            Json.createObjectBuilder()
                .add("clientRef", ref)
                .add("meetingType", "NA")
                .add("meetingName", "Failover Group")
                .add("startedAt", at.minusMinutes(i * 20L + r).toOffsetDateTime().toString())
                .add("status", "ATTENDED")
                .add("verification", "SIGNED_SLIP")
                .add("reportedBy", "hm.test")
                .add("sourceRecordId", id));
      }
      sent.addAll(ids);
      String body =
          Json.createObjectBuilder()
              .add("houseCode", "MAPLE")
              .add("channel", "SFTP")
              .add("records", rows)
              .build()
              .toString();
      HttpResponse<String> answer = call(token, "POST", "/api/v1/attendance/batches", body, null);
      if (answer != null && answer.statusCode() == 200) {
        var outcomes = Json.createReader(new java.io.StringReader(answer.body())).readObject();
        var list = outcomes.getJsonArray("rows");
        for (int r = 0; r < list.size(); r++) {
          JsonObject row = list.getJsonObject(r);
          String result = row.getString("result");
          if (result.equals("ACCEPTED") || result.equals("DUPLICATE")) {
            acknowledged.add(ids.get(row.getInt("index", r)));
          }
          if (result.equals("DUPLICATE")) {
            unexpected.add("DUPLICATE for a row sent once (a replayed batch)");
          }
        }
      }
    }

    private HttpResponse<String> call(
        String token, String method, String path, String body, String ifMatch) {
      long start = System.nanoTime();
      String during = phase;
      requests.incrementAndGet();
      try {
        HttpResponse<String> r = send(url, method, path, token, body, ifMatch);
        if (r.statusCode() >= 500) {
          failed.computeIfAbsent(during, p -> new AtomicInteger()).incrementAndGet();
          System.out.println("failover: " + r.statusCode() + " for " + method + " in " + during);
        }
        return r;
      } catch (IOException e) {
        failed.computeIfAbsent(during, p -> new AtomicInteger()).incrementAndGet();
        System.out.println("failover: " + e + " for " + method + " in " + during);
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } finally {
        worstMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
      }
    }
  }

  private String status(long client) {
    var list = summaries.summaries(client);
    return list.isEmpty() ? "NONE" : list.getJsonObject(0).getString("status");
  }

  private static ZonedDateTime lastWeek() {
    return SummaryFixtures.today()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(1)
        .atTime(19, 0)
        .atZone(IntakeFixtures.ZONE);
  }

  /** The process holding the routes' lock file (Linux lists POSIX locks in /proc/locks). */
  private static long leaderPid(Path cluster) throws Exception {
    Map<Long, Long> lockedBy = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
      String[] f = line.trim().split("\\s+");
      // 1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF
      if (f.length >= 6 && f[1].equals("POSIX")) {
        String[] dev = f[5].split(":");
        lockedBy.put(Long.parseLong(dev[2]), Long.parseLong(f[4]));
      }
    }
    try (var files = Files.walk(cluster)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Object inode = Files.getAttribute(p, "unix:ino");
        Long pid = lockedBy.get(((Number) inode).longValue());
        if (pid != null) {
          return pid;
        }
      }
    }
    throw new AssertionError("no routes instance holds a lock in " + cluster);
  }

  /** Every stored row of this run's ids, one entry per row (an id twice is a row stored twice). */
  private List<String> storedRows() throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT source_record_id FROM attendance_record WHERE source_record_id LIKE ?"
                    + " OR source_record_id LIKE ?")) {
      s.setString(1, RUN + "-%");
      s.setString(2, "file-%-" + RUN);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /** A house file of {@code n} rows for {@code ref}, ids {@code <prefix>-<i>-<RUN>}. */
  private static void csv(Path drop, String name, String ref, String prefix, int n)
      throws IOException {
    StringBuilder csv =
        new StringBuilder(String.join(",", RecordType.ATTENDANCE.columns())).append('\n');
    ZonedDateTime start = ZonedDateTime.now(IntakeFixtures.ZONE).minusDays(5).withNano(0);
    for (int i = 0; i < n; i++) {
      csv.append("MAPLE,")
          .append(ref)
          .append(",NA,Group,")
          .append(start.minusMinutes(i).toOffsetDateTime())
          .append(",ATTENDED,SIGNED_SLIP,hm.jordan,")
          .append(prefix)
          .append('-')
          .append(i)
          .append('-')
          .append(RUN)
          .append('\n');
    }
    Path tmp = drop.resolve(".tmp-" + name);
    Files.writeString(tmp, csv);
    Files.move(tmp, drop.resolve(name));
  }

  private Connection database() throws Exception {
    var db = platform.platform.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }
}
