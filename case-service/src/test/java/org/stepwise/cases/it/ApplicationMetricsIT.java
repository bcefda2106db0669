package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.cases.it.Fixtures.consentBody;
import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/**
 * Acceptance 5 of the scale-out issue: case-service's own figures on {@code /metrics}, read before
 * and after an attendance batch, a summary run and a delivery, move by exactly what was done; no
 * label carries a client, a house or a name.
 */
class ApplicationMetricsIT {

  private final Fixtures f = new Fixtures();
  private final long clinic = f.clinic("RIVERSIDE", "dr.chen");

  @Test
  void aBatchASummaryRunAndADeliveryMoveTheirCounters() throws Exception {
    String code = Fixtures.unique("MET");
    long house = f.house(code, 5);
    String family = Fixtures.unique("Metrics");
    long client = f.referredClient(DemoUser.CM_RIVERA, "RIVERSIDE", null);
    long resident = f.client(family);
    expect(201, f.moveIn(resident, house, "R-1", today().minusDays(14)));
    f.consent(
        DemoUser.CM_RIVERA,
        client,
        consentBody("RIVERSIDE", null, today().plusDays(60), "ATTENDANCE"));
    String yesterday = ZonedDateTime.now(Fixtures.ZONE).minusDays(1).toOffsetDateTime().toString();
    String batch =
        Fixtures.batch(
            code,
            Json.createArrayBuilder()
                .add(Fixtures.row("R-1", yesterday, code + "-1"))
                .add(Fixtures.row("R-1", yesterday, code + "-2"))
                .add(Fixtures.row("R-1", yesterday, code + "-1"))
                .add(Fixtures.row("R-404", yesterday, code + "-3")));
    long auditBefore = f.count("SELECT count(*) FROM audit_event");
    String before = scrape();

    expect(200, f.postBatch(batch));
    JsonObject run =
        expect(200, f.api.post("/api/v1/summary-runs", f.token(DemoUser.ADMIN_OKAFOR), null))
            .object();
    int generated = generatedBy(run);
    assertTrue(generated >= 1, "the run made this client's summary: " + run);
    long summary =
        expect(
                200,
                f.api.get("/api/v1/clients/" + client + "/summaries", f.token(DemoUser.CM_RIVERA)))
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    f.delivered(summary);

    String after = scrape();
    long auditAfter = f.count("SELECT count(*) FROM audit_event");
    assertEquals(2, delta(before, after, "stepwise_attendance_rows_total", "result=\"accepted\""));
    assertEquals(1, delta(before, after, "stepwise_attendance_rows_total", "result=\"duplicate\""));
    assertEquals(1, delta(before, after, "stepwise_attendance_rows_total", "result=\"rejected\""));
    assertEquals(
        generated, delta(before, after, "stepwise_summaries_total", "outcome=\"generated\""));
    assertEquals(1, delta(before, after, "stepwise_summaries_total", "outcome=\"delivered\""));
    assertEquals(
        auditAfter - auditBefore,
        delta(before, after, "stepwise_audit_events_total", ""),
        "every audit event written, as the database counts them");
    assertEquals(
        1,
        delta(
            before,
            after,
            "stepwise_http_requests_total",
            "endpoint=\"/api/v1/attendance/batches\"",
            "method=\"POST\"",
            "status=\"200\""));
    assertTrue(
        delta(
                before,
                after,
                "stepwise_http_requests_total",
                "endpoint=\"/api/v1/clients/{clientId}/summaries\"",
                "method=\"GET\"",
                "status=\"200\"")
            >= 1,
        "a path's id is its template's {clientId}, never the number");
    assertTrue(value(after, "stepwise_db_connections", "state=\"open\"") >= 1, after);
    assertFalse(after.contains(family), "a client's name in a label");
    assertFalse(after.contains("/clients/" + client), "a client's id in an endpoint label");
    assertFalse(after.contains(code), "a house's code in a label");
  }

  private static int generatedBy(JsonObject run) {
    return run.getJsonArray("clinics").getValuesAs(JsonObject.class).stream()
        .mapToInt(c -> c.getInt("generated"))
        .sum();
  }

  private String scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(f.platform.serviceUrl() + "/metrics"))
                    .header("Accept", "text/plain")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    return response.body();
  }

  private static long delta(String before, String after, String name, String... labels) {
    return value(after, name, labels) - value(before, name, labels);
  }

  /** The sum of the samples of {@code name} whose labels include all of {@code labels}. */
  private static long value(String exposition, String name, String... labels) {
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(name) + "(\\{.*})?\\s+([0-9.eE+-]+)\\s*$", Pattern.MULTILINE)
            .matcher(exposition);
    double sum = 0;
    while (m.find()) {
      String found = m.group(1) == null ? "" : m.group(1);
      boolean all = true;
      for (String label : labels) {
        all &= found.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(m.group(2));
      }
    }
    return Math.round(sum);
  }
}
