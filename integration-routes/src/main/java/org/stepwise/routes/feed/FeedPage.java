package org.stepwise.routes.feed;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepwise.routes.casefile.CaseServiceRoutes;
import org.stepwise.routes.intake.BatchJson;
import org.stepwise.routes.intake.BatchRefused;
import org.stepwise.routes.intake.RecordType;

/**
 * One poll of a house system's feed ({@code GET {feed}?since={cursor}}, DESIGN.md), page by page
 * for {@link HttpFeedRoutes}: the question for the next page, the page read as a batch of its type,
 * and the cursor moved once case-service has answered for it. A poll ends on an empty page, or
 * after {@link #MAX_PAGES} pages (the next poll goes on).
 */
final class FeedPage {

  static final String PROPERTY = "StepwiseFeedPoll";
  static final int MAX_PAGES = 100;
  private static final Logger LOG = LoggerFactory.getLogger(FeedPage.class);

  private final String houseCode;
  private final RecordType type;
  private final FeedCursor cursor;
  private int pages;
  private boolean more = true;
  private String since;
  private String next;

  private FeedPage(String houseCode, RecordType type, FeedCursor cursor) {
    this.houseCode = houseCode;
    this.type = type;
    this.cursor = cursor;
  }

  /** Starts a poll of the feed of {@code houseCode}'s records of {@code type}. */
  static void begin(Exchange exchange, String houseCode, RecordType type, FeedCursor cursor) {
    exchange.setProperty(PROPERTY, new FeedPage(houseCode, type, cursor));
  }

  /** Whether the poll asks for another page (the loop's condition). */
  static Predicate more() {
    return exchange -> of(exchange).more;
  }

  /** Whether the page just read has records to deliver. */
  static Predicate hasRecords() {
    return exchange -> of(exchange).next != null;
  }

  /** Asks for the page after the saved cursor. */
  static void ask(Exchange exchange) {
    FeedPage poll = of(exchange);
    poll.since = poll.cursor.read().orElse("");
    poll.next = null;
    var message = exchange.getIn();
    message.getHeaders().clear();
    message.setHeader(Exchange.HTTP_METHOD, "GET");
    message.setHeader(
        Exchange.HTTP_QUERY,
        poll.since.isEmpty()
            ? ""
            : "since=" + URLEncoder.encode(poll.since, StandardCharsets.UTF_8));
    message.setBody(null);
  }

  /** Reads the page; one with records becomes the body of a batch of the feed's type. */
  static void read(Exchange exchange) {
    FeedPage poll = of(exchange);
    JsonObject answer =
        Json.createReader(new StringReader(exchange.getIn().getBody(String.class))).readObject();
    JsonArray records = answer.getJsonArray("records");
    if (records == null || records.isEmpty()) {
      poll.more = false;
      return;
    }
    if (!poll.houseCode.equals(answer.getString("house_code", poll.houseCode))) {
      throw new IllegalStateException(
          "the feed of " + poll.houseCode + " sent a page for another house");
    }
    String next = answer.getString("next_cursor", null);
    if (next == null || next.equals(poll.since)) {
      throw new IllegalStateException("the feed of " + poll.houseCode + " did not move its cursor");
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonValue value : records) {
      JsonObject r = value.asJsonObject();
      rows.add(poll.type.record(field -> text(r, field)));
    }
    poll.next = next;
    exchange.getIn().setBody(BatchJson.batch(poll.houseCode, "HTTP_FEED", rows));
  }

  /**
   * case-service has answered for the page: the cursor moves past it. A page refused for good stays
   * where it is and fails the poll, for a person to look at (the next poll asks for it again).
   */
  static void delivered(Exchange exchange) {
    FeedPage poll = of(exchange);
    Integer refused = exchange.getIn().getHeader(CaseServiceRoutes.REFUSED, Integer.class);
    if (refused != null) {
      throw new BatchRefused(
          "case-service refused a page of the feed of "
              + poll.houseCode
              + " (HTTP "
              + refused
              + ")");
    }
    JsonObject counts =
        Json.createReader(new StringReader(exchange.getIn().getBody(String.class)))
            .readObject()
            .getJsonObject("counts");
    poll.cursor.save(poll.next);
    poll.more = ++poll.pages < MAX_PAGES;
    LOG.atInfo().log(() -> "feed " + poll.houseCode + ": page delivered " + counts);
  }

  private static FeedPage of(Exchange exchange) {
    return exchange.getProperty(PROPERTY, FeedPage.class);
  }

  /** A field as text; a list (a test's substances) as its items joined by {@code |}. */
  private static String text(JsonObject row, String field) {
    JsonValue v = row.get(field);
    if (v instanceof JsonArray list) {
      return String.join(
          "|",
          list.stream()
              .map(x -> x instanceof JsonString s ? s.getString() : x.toString())
              .toList());
    }
    return v instanceof JsonString s
        ? s.getString()
        : v == null || v == JsonValue.NULL ? "" : v.toString();
  }
}
