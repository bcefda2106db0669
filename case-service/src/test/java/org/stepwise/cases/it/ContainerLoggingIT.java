package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.LocalPlatform;
import org.stepwise.platform.SharedTestPlatform;

/**
 * The container image's logging (src/main/container/logging-json.properties, the Containerfile's
 * {@code --logproperties}): case-service started with it writes one JSON object per line, and the
 * libraries' lines (Flyway through the WAR's SLF4J provider) are among them.
 */
class ContainerLoggingIT {

  @Test
  void theContainersLogIsJsonLinesWithFlywayAmongThem() throws Exception {
    Path properties = Path.of("src/main/container/logging-json.properties").toAbsolutePath();
    List<String> logged;
    try (LocalPlatform.Replica replica =
        SharedTestPlatform.get()
            .startReplica(
                18086, java.util.Map.of(), List.of("--logproperties", properties.toString()))) {
      // read while it runs: at exit the JVM resets java.util.logging before Payara's last line
      // ("Payara Micro STOPPED"), which then comes out in the JDK's plain format
      logged = Files.readAllLines(replica.log());
    }
    List<String> notJson = new ArrayList<>();
    List<JsonObject> lines = new ArrayList<>();
    String started = "==== starting"; // the platform's own marker between runs
    for (String line : logged) {
      if (line.isBlank() || line.startsWith(started) || line.startsWith("Picked up JDK_")) {
        continue;
      }
      if (line.startsWith("JdbcRuntimeExtension,  getAllSystemRAResourcesAndPools")) {
        // Payara prints this one line at boot to System.out, not through its logging: a shipper
        // sees it as a plain line (it holds no data of the application)
        continue;
      }
      if (line.startsWith("{")) {
        lines.add(Json.createReader(new StringReader(line)).readObject());
      } else {
        notJson.add(line);
      }
    }
    assertEquals(List.of(), notJson.stream().limit(5).toList(), "lines that are not JSON");
    assertTrue(lines.size() > 10, "the server logged: " + lines.size());
    assertTrue(
        lines.stream().anyMatch(l -> l.toString().contains("org.flywaydb")),
        "Flyway's lines in the container's log");
  }
}
