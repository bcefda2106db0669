package org.stepwise.routes.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's HAProxy in front of case-service replicas, as a load balancer in production: health
 * checks on {@code /health/ready} every 500 ms (a server is out after 2 failures, back after 2
 * passes), and a request whose connection failed, or that a server closed without an answer or
 * answered 503, tried again on another server. {@code bin/test} installs HAProxy when it is
 * missing.
 */
final class LoadBalancer implements AutoCloseable {

  private final Process process;
  private final int port;

  private LoadBalancer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static LoadBalancer start(List<Integer> servers, Path dir) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    StringBuilder cfg =
        new StringBuilder(
            """
            global
              maxconn 1024
            defaults
              mode http
              timeout connect 2s
              timeout client 60s
              timeout server 60s
              retries 3
              option redispatch 1
              retry-on conn-failure empty-response 503
              option httpchk GET /health/ready
              http-check expect status 200
              default-server inter 500ms fall 2 rise 2
            frontend api
              bind 127.0.0.1:%d
              default_backend case-service
            backend case-service
              balance roundrobin
              option http-buffer-request
            """
                .formatted(port));
    for (int i = 0; i < servers.size(); i++) {
      cfg.append("  server r")
          .append(i + 1)
          .append(" 127.0.0.1:")
          .append(servers.get(i))
          .append(" check\n");
    }
    Files.createDirectories(dir);
    Path file = dir.resolve("haproxy.cfg");
    Files.writeString(file, cfg);
    Process process =
        new ProcessBuilder(haproxy(), "-db", "-f", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
    return new LoadBalancer(process, port);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private static String haproxy() {
    for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "HAProxy is not installed: run the tests with bin/test (it installs Debian's haproxy)");
  }

  @Override
  public void close() {
    process.destroy();
  }
}
