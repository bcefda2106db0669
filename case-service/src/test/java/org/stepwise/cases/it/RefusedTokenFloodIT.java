package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 7: a flood of requests with invalid tokens does not become a flood of audit rows
 * (at most 10 a minute from one address are written one by one, the rest as a count), and "from
 * where" is the client's address that a trusted proxy forwarded, not the proxy's (the tests'
 * loopback connection stands for a trusted proxy here).
 */
class RefusedTokenFloodIT {

  private final Fixtures f = new Fixtures();

  @Test
  void aFloodOfInvalidTokensIsCountedNotWrittenRowByRow() {
    // a documentation address (RFC 5737), only ever a header value here
    String from = "198.51.100." + (System.nanoTime() % 250 + 1);
    for (int i = 0; i < 40; i++) {
      var r =
          f.api.send(
              "GET",
              "/api/v1/clients",
              // shaped like a token, signed by nobody
              "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmbG9vZCJ9.c2lnbmF0dXJl" + i,
              null,
              Map.of("X-Forwarded-For", from + ", 127.0.0.1"));
      assertEquals(401, r.status());
    }
    long written =
        f.count("SELECT count(*) FROM audit_event WHERE origin = ? AND action = 'DENIED'", from);
    assertTrue(
        written >= 10, "the first refusals are written, from the forwarded address: " + written);
    // 10 in a minute; across a minute's turn at most 10 + the count + 10
    assertTrue(written <= 21, "not one row per refusal: " + written);
  }
}
