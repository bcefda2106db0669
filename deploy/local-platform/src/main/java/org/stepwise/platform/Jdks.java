package org.stepwise.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the newest JDK on the machine: Keycloak 26 deprecates Java 17, so it runs on the newest.
 */
final class Jdks {

  private static final Pattern MAJOR = Pattern.compile("(?:jdk|openjdk|java)-?(\\d+)");

  private Jdks() {}

  static Path newestJavaHome() {
    Path current = Path.of(System.getProperty("java.home"));
    Path jvmDir = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvmDir)) {
      return current;
    }
    try (Stream<Path> homes = Files.list(jvmDir)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .max(Comparator.comparingInt(Jdks::major))
          .filter(home -> major(home) > Runtime.version().feature())
          .orElse(current);
    } catch (IOException e) {
      return current;
    }
  }

  private static int major(Path home) {
    Matcher m = MAJOR.matcher(home.getFileName().toString());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
