package org.stepwise.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Riverside Clinic's FHIR endpoint for the local demo: {@code POST /fhir/Bundle} stores each
 * summary as {@code <bundle id>.json} in a directory, so one can open what a clinic receives. A
 * bundle it holds already answers 200 (FHIR conditional create), as a real clinic's server would.
 * Local only: it listens on the loopback interface and checks nothing.
 */
final class DemoClinicInbox implements AutoCloseable {

  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "\"identifier\":\\{\"system\":\"urn:ietf:rfc:3986\",\"value\":\"urn:uuid:([0-9a-f-]{36})\"");

  private final HttpServer server;

  private DemoClinicInbox(HttpServer server) {
    this.server = server;
  }

  static DemoClinicInbox start(int port, Path directory) throws IOException {
    Files.createDirectories(directory);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/fhir/Bundle", exchange -> receive(exchange, directory));
    server.start();
    return new DemoClinicInbox(server);
  }

  String endpoint() {
    return "http://localhost:" + server.getAddress().getPort() + "/fhir";
  }

  private static void receive(HttpExchange exchange, Path directory) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher id = IDENTIFIER.matcher(body);
      if (!id.find()) {
        exchange.sendResponseHeaders(422, -1);
        return;
      }
      Path file = directory.resolve(id.group(1) + ".json");
      int status = 200;
      if (!Files.exists(file)) {
        Path temp = Files.createTempFile(directory, ".incoming-", ".tmp");
        Files.writeString(temp, body);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        status = 201;
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
