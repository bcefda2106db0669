package org.stepwise.cases.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only from a trusted proxy, and then its right-most untrusted hop. */
class ClientAddressTest {

  private final ClientAddress address = ClientAddress.trusting("10.0.0.5, 10.0.0.6");

  @Test
  void aDirectCallerIsItsOwnAddressWhateverItClaims() {
    assertEquals("192.0.2.9", address.of("192.0.2.9", "203.0.113.1"));
    assertEquals("192.0.2.9", address.of("192.0.2.9", null));
  }

  @Test
  void behindTrustedProxiesTheHopBeforeThemCounts() {
    assertEquals("203.0.113.1", address.of("10.0.0.5", "203.0.113.1"));
    assertEquals("203.0.113.1", address.of("10.0.0.5", "198.51.100.2, 203.0.113.1, 10.0.0.6"));
    assertEquals("10.0.0.5", address.of("10.0.0.5", "10.0.0.6"));
  }

  @Test
  void nothingIsTrustedUnlessConfigured() {
    assertEquals("10.0.0.5", ClientAddress.trusting(" ").of("10.0.0.5", "203.0.113.1"));
  }
}
