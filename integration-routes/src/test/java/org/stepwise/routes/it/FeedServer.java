package org.stepwise.routes.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A house system's attendance feed on a real HTTP server: {@code GET /feed?since=cursor} answers
 * the next page (DESIGN.md, samples/attendance-feed-page.json) and a next cursor.
 */
final class FeedServer implements AutoCloseable {

  private final HttpServer server;
  private final String houseCode;
  private final int pageSize;
  private final List<JsonObject> records = new CopyOnWriteArrayList<>();

  /** The {@code since} of every request, in order ("" for none). */
  final List<String> requested = new CopyOnWriteArrayList<>();

  FeedServer(String houseCode, int pageSize) throws IOException {
    this.houseCode = houseCode;
    this.pageSize = pageSize;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed",
        exchange -> {
          String query = exchange.getRequestURI().getRawQuery();
          String since =
              query == null || !query.startsWith("since=")
                  ? ""
                  : URLDecoder.decode(query.substring(6), StandardCharsets.UTF_8);
          requested.add(since);
          int from = 0;
          if (!since.isEmpty()) {
            for (int i = 0; i < records.size(); i++) {
              if (records.get(i).getString("source_record_id").equals(since)) {
                from = i + 1;
              }
            }
          }
          List<JsonObject> page =
              records.subList(
                  Math.min(from, records.size()), Math.min(from + pageSize, records.size()));
          JsonArrayBuilder out = Json.createArrayBuilder();
          page.forEach(out::add);
          String next =
              page.isEmpty() ? since : page.get(page.size() - 1).getString("source_record_id");
          byte[] body =
              Json.createObjectBuilder()
                  .add("house_code", houseCode)
                  .add("records", out)
                  .add("next_cursor", next)
                  .build()
                  .toString()
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
  }

  void add(JsonObject record) {
    records.add(record);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
