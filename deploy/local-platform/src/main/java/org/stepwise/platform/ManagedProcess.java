package org.stepwise.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A server started as a child process, its output in a log file, stopped with its children. */
final class ManagedProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ManagedProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Files.writeString(
        log,
        "==== starting " + name + " at " + java.time.Instant.now() + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    return new ManagedProcess(name, builder.start(), log);
  }

  /** Waits until {@code url} answers 200, failing early when the process dies. */
  void awaitHttpOk(String url, Duration timeout) throws IOException, InterruptedException {
    awaitHttpOk(url, timeout, body -> true);
  }

  /** Waits until {@code url} answers 200 with a body that {@code ready} accepts. */
  void awaitHttpOk(String url, Duration timeout, Predicate<String> ready)
      throws IOException, InterruptedException {
    // HTTP/1.1: Java's client otherwise asks for an h2c upgrade, and Payara's Grizzly deadlocked
    // two of its request threads on such a stream (closed early by the timeout) while starting
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited early; see " + log + tail());
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && ready.test(response.body())) {
          return;
        }
        last = "HTTP " + response.statusCode() + ": " + abbreviated(response.body());
      } catch (IOException notYet) {
        last = notYet.toString(); // not listening yet
      }
      // often enough that a start-up time read from it is right to a tenth of a second
      Thread.sleep(100);
    }
    // the last answer says which check was not ready (health bodies name checks, never data)
    throw new IllegalStateException(
        name
            + " did not answer "
            + url
            + " in "
            + timeout
            + " (last: "
            + last
            + "); see "
            + log
            + tail());
  }

  private static String abbreviated(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }

  /** The end of the log, so that a failed start explains itself in the build output. */
  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return "\n--- last lines of "
          + log.getFileName()
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  Path log() {
    return log;
  }

  /** Like a crash or the OOM killer: SIGKILL, no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as an orchestrator stops a container; returns at once. */
  void terminate() {
    process.destroy();
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
