package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.SharedTestPlatform;

/**
 * Logs you can ship (scale-out issue, item 7): the WAR's libraries log through its SLF4J provider
 * into the server's log (Flyway's lines are there), and no client's name or date of birth is in it,
 * for every client the run has created so far (the check runs on everything logged before it).
 */
class ServerLogIT {

  private final Fixtures f = new Fixtures();

  @Test
  void flywayLogsThroughTheServersLogging() throws Exception {
    f.client(Fixtures.unique("Logged")); // the platform is up and has served a write
    List<String> log = Files.readAllLines(log());
    assertTrue(
        log.stream().anyMatch(l -> l.contains("org.flywaydb")),
        "no line of Flyway's in the server log: the WAR has no SLF4J provider");
  }

  @Test
  void noClientsNameOrDateOfBirthIsLogged() throws Exception {
    f.client(Fixtures.unique("Logged"));
    String log = Files.readString(log());
    List<String> found = new ArrayList<>();
    try (Connection c = f.platform.database();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT given_name || ' ' || family_name, family_name,"
                    + " date_of_birth::text FROM client")) {
      while (rs.next()) {
        for (int i = 1; i <= 3; i++) {
          String value = rs.getString(i);
          // short family names ("Lee") are words a log may hold for other reasons
          if (value != null && (i != 2 || value.length() >= 6) && log.contains(value)) {
            found.add(value);
          }
        }
      }
    }
    assertTrue(found.isEmpty(), "personal data in the server log: " + found.size() + " values");
  }

  private static Path log() {
    return SharedTestPlatform.get().caseServiceLog();
  }
}
