package org.stepwise.routes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.routes.intake.RecordType;

/**
 * Logs you can ship: the routes on their production classpath with {@code STEPWISE_LOG_FORMAT=JSON}
 * write one JSON object per line, and a retry while case-service is down is one of them, a warning
 * carrying its exchange id; the file's client reference never appears.
 */
class RoutesLogIT {

  private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

  @Test
  void aRetryIsAJsonWarningWithItsExchangeIdAndNoClientReference() throws Exception {
    RoutesTestPlatform platform = RoutesTestPlatform.get();
    Path drop = Path.of("target/drops/log-" + RUN).toAbsolutePath();
    Files.createDirectories(drop);
    Map<String, String> properties = platform.fileDrop(drop);
    int down;
    try (ServerSocket free = new ServerSocket(0)) {
      down = free.getLocalPort(); // nothing listens there once it is closed
    }
    properties.put("stepwise.case-service.url", "http://localhost:" + down);
    properties.put("stepwise.state-dir", drop.resolveSibling("log-state-" + RUN).toString());
    properties.put("stepwise.retry.delay", "200");
    properties.put("STEPWISE_LOG_FORMAT", "JSON");
    String ref = "LOGREF-" + RUN;
    Files.writeString(
        drop.resolve("while-down.csv"),
        String.join(",", RecordType.ATTENDANCE.columns())
            + "\nMAPLE,"
            + ref
            + ",NA,Group,"
            + ZonedDateTime.now(IntakeFixtures.ZONE).minusHours(2).withNano(0).toOffsetDateTime()
            + ",ATTENDED,SIGNED_SLIP,hm.jordan,"
            + RUN
            + "-1\n");
    Path log = Path.of("target/logs/routes-json-" + RUN + ".log");
    try (RoutesProcess routes = RoutesProcess.start(properties, log)) {
      IntakeFixtures.await(
          () -> retryWarning(lines(log)) != null,
          Duration.ofSeconds(60),
          "a retry warning in " + log);
    }
    List<String> lines = Files.readAllLines(log);
    for (String line : lines) {
      if (!line.isBlank()) {
        assertTrue(line.startsWith("{"), "not a JSON line: " + line);
        Json.createReader(new StringReader(line)).readObject(); // throws when it is not JSON
      }
    }
    JsonObject warning = retryWarning(lines);
    assertEquals("WARN", warning.getString("level"));
    assertFalse(warning.getString("formattedMessage").contains("{}"), "arguments filled in");
    assertFalse(
        warning.getJsonObject("mdc").getString("camel.exchangeId", "").isEmpty(),
        "the exchange id is on the line: " + warning);
    assertFalse(String.join("\n", lines).contains(ref), "a client reference was logged");
  }

  private static List<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first line of Camel's error handler retrying the attendance batch, or null. */
  private static JsonObject retryWarning(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("{") && line.contains("On delivery attempt")) {
        return Json.createReader(new StringReader(line)).readObject();
      }
    }
    return null;
  }
}
