package org.stepwise.cases.it;

import static org.stepwise.cases.it.Fixtures.expect;
import static org.stepwise.cases.it.Fixtures.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZonedDateTime;
import org.stepwise.platform.DemoUser;

/** A client with a realistic chart for the benchmarks: timeline, goals, 90 days of attendance. */
public record BenchmarkData(Fixtures fixtures, long clientId) {

  public static BenchmarkData prepare() {
    Fixtures f = new Fixtures();
    String code = Fixtures.unique("BENCH");
    long house = f.house(code, 10);
    long client = f.client(Fixtures.unique("Bench"));
    expect(201, f.recordTransition(client, Fixtures.transition("3.5", today().minusDays(80))));
    expect(201, f.recordTransition(client, Fixtures.transition("2.1", today().minusDays(30))));
    expect(201, f.moveIn(client, house, "B-1", today().minusDays(90)));
    f.requireMeetings(client, 3);
    for (String domain : new String[] {"EMPLOYMENT", "HOUSING", "RECOVERY"}) {
      expect(
          201,
          f.api.post(
              "/api/v1/clients/" + client + "/goals",
              f.token(DemoUser.CM_RIVERA),
              "{\"domain\":\""
                  + domain
                  + "\",\"statement\":\"Goal\",\"targetDate\":\""
                  + today().plusDays(20)
                  + "\"}"));
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    ZonedDateTime start = ZonedDateTime.now(Fixtures.ZONE).minusHours(2);
    for (int i = 0; i < 270; i++) {
      rows.add(
          Fixtures.row(
              "B-1", start.minusHours(8L * i).toOffsetDateTime().toString(), code + "-" + i));
    }
    expect(200, f.postBatch(Fixtures.batch(code, rows)));
    return new BenchmarkData(f, client);
  }

  public String token(DemoUser user) {
    return fixtures.token(user);
  }

  public String durability() throws java.sql.SQLException {
    return fixtures.platform.databaseDurability();
  }

  public String serviceUrl() {
    return fixtures.platform.serviceUrl();
  }
}
