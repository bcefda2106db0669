package org.stepwise.routes.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The routes application in a JVM of its own, on its production classpath, so that a test can kill
 * it like a crash would.
 */
final class RoutesProcess implements AutoCloseable {

  private final Process process;

  private RoutesProcess(Process process) {
    this.process = process;
  }

  static RoutesProcess start(Map<String, String> properties, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(runtimeClasspath());
    command.add("-Dcamel.management.enabled=false");
    command.add("-Dstepwise.demo=true");
    command.add("-Dstepwise.routes.client-secret=" + org.stepwise.routes.config.RoutesSecret.DEMO);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("org.stepwise.routes.RoutesMain");
    Files.createDirectories(log.getParent());
    return new RoutesProcess(
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start());
  }

  /**
   * The routes' classes and their runtime dependencies only (the build writes the list): what the
   * tests bring along (camel-bean with camel-test, say) must not make a route work here that would
   * fail to start in production.
   */
  private static String runtimeClasspath() throws IOException {
    Path dependencies = Path.of("target/runtime-classpath.txt");
    if (!Files.exists(dependencies)) {
      throw new IllegalStateException("run the build: target/runtime-classpath.txt is missing");
    }
    return Path.of("target/classes").toAbsolutePath()
        + java.io.File.pathSeparator
        + Files.readString(dependencies).strip();
  }

  long pid() {
    return process.pid();
  }

  /** Like a crash: no shutdown hook, no graceful stop. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
