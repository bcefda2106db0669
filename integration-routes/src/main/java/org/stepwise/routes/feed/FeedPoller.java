package org.stepwise.routes.feed;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.stepwise.routes.intake.AttendanceFileProcessor;
import org.stepwise.routes.support.TemplateProcessor;

/**
 * Reads a house system's feed ({@code GET {feed}?since={cursor}}, DESIGN.md) page by page and sends
 * each page to case-service; the cursor moves only after case-service has answered.
 */
public class FeedPoller extends TemplateProcessor {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());
  private static final int MAX_PAGES_PER_POLL = 100;

  private final String houseCode;
  private final String feedUrl;
  private final FeedCursor cursor;

  public FeedPoller(String houseCode, String feedUrl, FeedCursor cursor) {
    this.houseCode = houseCode;
    this.feedUrl = feedUrl;
    this.cursor = cursor;
  }

  @Override
  public void process(Exchange exchange) {
    ProducerTemplate template = template(exchange);
    for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
      String since = cursor.read().orElse("");
      String query =
          since.isEmpty() ? "" : "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
      String body =
          template.requestBodyAndHeaders(
              feedUrl,
              null,
              Map.of(Exchange.HTTP_METHOD, "GET", Exchange.HTTP_QUERY, query),
              String.class);
      JsonObject answer = Json.createReader(new StringReader(body)).readObject();
      var records = answer.getJsonArray("records");
      if (records == null || records.isEmpty()) {
        return;
      }
      String pageHouse = answer.getString("house_code", houseCode);
      if (!houseCode.equals(pageHouse)) {
        throw new IllegalStateException(
            "the feed of " + houseCode + " sent a page for another house");
      }
      JsonArrayBuilder rows = Json.createArrayBuilder();
      for (JsonValue value : records) {
        JsonObject r = value.asJsonObject();
        rows.add(
            Json.createObjectBuilder()
                .add("clientRef", text(r, "client_ref"))
                .add("meetingType", text(r, "meeting_type"))
                .add("meetingName", text(r, "meeting_name"))
                .add("startedAt", text(r, "started_at"))
                .add("status", text(r, "status"))
                .add("verification", text(r, "verification"))
                .add("reportedBy", text(r, "reported_by"))
                .add("sourceRecordId", text(r, "source_record_id")));
      }
      String batch =
          Json.createObjectBuilder()
              .add("houseCode", houseCode)
              .add("channel", "HTTP_FEED")
              .add("records", rows)
              .build()
              .toString();
      String result =
          template.requestBody(AttendanceFileProcessor.BATCH_ENDPOINT, batch, String.class);
      JsonObject counts =
          Json.createReader(new StringReader(result)).readObject().getJsonObject("counts");
      String next = answer.getString("next_cursor", null);
      if (next == null || next.equals(since)) {
        throw new IllegalStateException("the feed of " + houseCode + " did not move its cursor");
      }
      cursor.save(next);
      LOG.info(() -> "feed " + houseCode + ": page delivered " + counts);
    }
  }

  private static String text(JsonObject row, String field) {
    JsonValue v = row.get(field);
    return v instanceof JsonString s
        ? s.getString()
        : v == null || v == JsonValue.NULL ? "" : v.toString();
  }
}
