package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;
import org.stepwise.routes.RoutesMain;
import org.stepwise.routes.config.RoutesSecret;
import org.stepwise.routes.intake.RecordType;

/**
 * The intake flow route by route (camel-main's real routes, observed with {@link NotifyBuilder}),
 * against the real case-service behind a relay the test can switch off: a file goes out in batches
 * and is answered once; an outage retries each call to case-service as configured and no more, then
 * leaves the file for the next poll; a refusal stops the file at its first batch.
 */
class IntakeRoutesIT extends CamelMainTestSupport {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
  private static final AtomicInteger TESTS = new AtomicInteger();

  // set up on first use: the base class's constructor already asks for the properties
  private RoutesTestPlatform platform;
  private String test;
  private Path drops;
  private SwitchableRelay relay;
  private BatchCalls batchCalls;

  private void prepare() {
    if (platform != null) {
      return;
    }
    platform = RoutesTestPlatform.get();
    test = RUN + "-" + TESTS.incrementAndGet();
    drops = Path.of("target/drops/routes-" + test).toAbsolutePath();
    batchCalls = new BatchCalls();
    try {
      relay = new SwitchableRelay(URI.create(platform.platform.serviceUrl()).getPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Class<?> getMainClass() {
    return RoutesMain.class;
  }

  @Override
  protected Properties useOverridePropertiesWithPropertiesComponent() {
    prepare();
    Properties p = new Properties();
    p.putAll(platform.fileDrop(drops.resolve("MAPLE")));
    // NOWHERE is a house case-service does not know: it refuses that drop's batches for good
    p.put("stepwise.intake.houses", "MAPLE,NOWHERE");
    p.put("stepwise.intake.NOWHERE.channel", "FILE_DROP");
    p.put("stepwise.intake.NOWHERE.endpoint", "file:" + drops.resolve("NOWHERE"));
    p.put("stepwise.intake.NOWHERE.delay", "300");
    p.put("stepwise.case-service.url", "http://127.0.0.1:" + relay.port());
    p.put("stepwise.intake.batch-size", "100");
    p.put("stepwise.retry.attempts", "2");
    p.put("stepwise.retry.delay", "50");
    p.put("stepwise.state-dir", drops.resolve("state").toString());
    p.put("stepwise.feeds", "");
    p.put("stepwise.summaries.run-period", "3600000");
    p.put("stepwise.summaries.run-delay", "3600000");
    p.put("stepwise.delivery.poll-period", "3600000");
    p.put("camel.management.enabled", "false");
    p.put("stepwise.demo", "true");
    p.put("stepwise.routes.client-secret", RoutesSecret.DEMO);
    return p;
  }

  /** Counts the batch calls from now on. */
  private void countBatchCalls() throws Exception {
    context.getManagementStrategy().addEventNotifier(batchCalls);
    batchCalls.start();
  }

  @AfterEach
  void closeRelay() throws IOException {
    relay.close();
  }

  @Test
  void aFileGoesOutInBatchesAndIsAnsweredOnce() throws Exception {
    relay.up(true);
    long client =
        IntakeFixtures.resident(platform, IntakeFixtures.ensureMaple(platform), "R-" + test, test);
    countBatchCalls();

    Path drop = drops.resolve("MAPLE");
    Files.createDirectories(drop);
    Files.writeString(drop.resolve("week.csv"), csv("MAPLE", "R-" + test, 250, 2));

    awaitFile(drop.resolve("done/week.csv"));
    assertEquals(3, batchCalls.get(), "250 rows in batches of 100");
    assertEquals(250, IntakeFixtures.attendanceOf(platform, client));
    List<String> rejects = Files.readAllLines(drop.resolve("rejects/week.csv.rejects.csv"));
    assertEquals(3, rejects.size(), "a header and the two bad rows: " + rejects);
    assertTrue(rejects.get(1).startsWith("252,"), rejects.get(1));

    // the report in case-service names the client of each rejected row, so its case manager sees
    // them (and other case managers do not)
    long house = IntakeFixtures.ensureMaple(platform);
    String rivera = platform.token(DemoUser.CM_RIVERA);
    jakarta.json.JsonObject newest =
        platform
            .api
            .get("/api/v1/houses/" + house + "/intake-reports", rivera)
            .array()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(r -> r.getString("sourceName").equals("week.csv"))
            .findFirst()
            .orElseThrow();
    List<Long> clients =
        platform
            .api
            .get("/api/v1/houses/" + house + "/intake-reports/" + newest.getInt("id"), rivera)
            .object()
            .getJsonArray("rejects")
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .map(r -> r.getJsonNumber("clientId").longValue())
            .toList();
    assertEquals(List.of(client, client), clients, "the two rejected rows, about the resident");
  }

  @Test
  void anOutageRetriesEachCallAsConfiguredThenLeavesTheFileForTheNextPoll() throws Exception {
    relay.up(false);
    countBatchCalls();
    // the batches' copies of the file's exchange count as exchanges of its route too: a failed
    // file is its first batch failing and then itself (retrying the whole file would fail more
    // batches first)
    NotifyBuilder failed =
        new NotifyBuilder(context).fromRoute("intake-maple-file_drop").whenFailed(2).create();

    Path drop = drops.resolve("MAPLE");
    Files.createDirectories(drop);
    Files.writeString(drop.resolve("outage.csv"), csv("MAPLE", "R-" + test, 250, 0));

    assertTrue(failed.matches(60, TimeUnit.SECONDS), "the poll failed");
    // the first batch: one call and two retries (stepwise.retry.attempts), not the file again
    assertEquals(3, batchCalls.get(), "calls of the first poll");
    assertTrue(Files.exists(drop.resolve("outage.csv")), "the file stays for the next poll");
    assertFalse(Files.exists(drop.resolve("done/outage.csv")));
    assertFalse(Files.exists(drop.resolve("error/outage.csv")));
  }

  @Test
  void aRefusedBatchStopsTheFileAtOnceAndSendsItToError() throws Exception {
    relay.up(true);
    Path drop = drops.resolve("NOWHERE");
    countBatchCalls();
    Files.createDirectories(drop);
    Files.writeString(drop.resolve("nowhere.csv"), csv("NOWHERE", "N-1", 250, 0));

    awaitFile(drop.resolve("error/nowhere.csv"));
    assertEquals(1, batchCalls.get(), "nothing sent after the refusal, and no retry");
    List<String> rejects = Files.readAllLines(drop.resolve("rejects/nowhere.csv.rejects.csv"));
    assertEquals(2, rejects.size(), rejects.toString());
    assertTrue(rejects.get(1).startsWith("0,,,REFUSED,"), rejects.get(1));
  }

  private static void awaitFile(Path file) throws InterruptedException {
    IntakeFixtures.await(
        () -> Files.exists(file), java.time.Duration.ofSeconds(30), file.toString());
  }

  /** {@code rows} good rows for the resident, then {@code bad} rows of an unknown meeting type. */
  private String csv(String houseCode, String ref, int rows, int bad) {
    StringBuilder csv =
        new StringBuilder(String.join(",", RecordType.ATTENDANCE.columns())).append('\n');
    for (int i = 0; i < rows + bad; i++) {
      String started =
          ZonedDateTime.now(IntakeFixtures.ZONE)
              .minusHours(1L + i)
              .withNano(0)
              .toOffsetDateTime()
              .toString();
      csv.append(houseCode)
          .append(',')
          .append(ref)
          .append(i < rows ? ",NA,Group," : ",KARAOKE,Group,")
          .append(started)
          .append(",ATTENDED,SIGNED_SLIP,hm.jordan,")
          .append(test)
          .append('-')
          .append(i)
          .append('\n');
    }
    return csv.toString();
  }

  /** Counts every attempt to send a batch to case-service, retries included. */
  static final class BatchCalls extends EventNotifierSupport {

    private final AtomicInteger calls = new AtomicInteger();

    int get() {
      return calls.get();
    }

    @Override
    public void notify(CamelEvent event) {
      if (event instanceof CamelEvent.ExchangeSendingEvent sending
          && sending.getEndpoint().getEndpointUri().contains("/api/v1/attendance/batches")) {
        calls.incrementAndGet();
      }
    }
  }
}
