package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.ApiClient;
import org.stepwise.platform.DemoUser;

/**
 * Every write endpoint, sent a JSON body that is not an object (an array, a string, a number) or no
 * body at all, by every role: never a 5xx, and the role that may call it gets 400 naming the body.
 */
class NonObjectBodyIT {

  private final Fixtures f = new Fixtures();

  @Test
  void aNonObjectBodyIsRefusedByEveryWriteEndpoint() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (DemoUser u :
        List.of(DemoUser.ADMIN_OKAFOR, DemoUser.CM_RIVERA, DemoUser.HM_JORDAN, DemoUser.DR_CHEN)) {
      tokens.add(f.token(u));
    }
    tokens.add(f.platform.routesToken());
    List<String> problems = new ArrayList<>();
    int writes = 0;
    for (String endpoint : ResourceMethods.withBody()) {
      String verb = endpoint.substring(0, endpoint.indexOf(' '));
      if (!verb.equals("POST") && !verb.equals("PUT")) {
        continue;
      }
      writes++;
      String path = "/api/v1" + endpoint.substring(verb.length() + 1).replaceAll("\\{[^}]+}", "1");
      for (String body : List.of("[1,2]", "\"text\"", "42", "")) {
        boolean named = false;
        for (String token : tokens) {
          ApiClient.Response r =
              verb.equals("POST")
                  ? f.api.post(path, token, body)
                  : f.api.put(path, token, body, java.util.Map.of());
          if (r.status() >= 500) {
            problems.add(endpoint + " " + body + " -> " + r.status());
          }
          named |= r.status() == 400 && r.body().contains("NOT_AN_OBJECT");
        }
        if (!named && !body.isEmpty()) {
          problems.add(endpoint + " " + body + ": no role got 400 NOT_AN_OBJECT");
        }
      }
    }
    assertTrue(writes >= 20, "write endpoints found: " + writes);
    assertEquals(List.of(), problems);
  }
}
