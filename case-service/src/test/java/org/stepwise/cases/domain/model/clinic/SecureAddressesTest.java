package org.stepwise.cases.domain.model.clinic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.RuleViolation;

/** Issue 12, item 8: summaries and secrets leave only over TLS, but for loopback in local mode. */
class SecureAddressesTest {

  private static Clinic fhir(String endpoint, String tokenUrl) {
    return new Clinic(
        null,
        "C",
        "Clinic",
        null,
        DeliveryChannel.FHIR,
        endpoint,
        tokenUrl == null ? ChannelAuth.NONE : ChannelAuth.OAUTH2_CLIENT_CREDENTIALS,
        tokenUrl,
        tokenUrl == null ? null : "client",
        Cadence.WEEKLY,
        List.of(),
        null);
  }

  @Test
  void httpsIsAlwaysFine() {
    assertDoesNotThrow(
        () ->
            SecureAddresses.require(
                fhir("https://fhir.clinic.example/r4", "https://idp/t"), false));
  }

  @Test
  void plainHttpIsRefusedOutsideLocalModeNamingTheField() {
    RuleViolation e =
        assertThrows(
            RuleViolation.class,
            () -> SecureAddresses.require(fhir("http://fhir.clinic.example/r4", null), false));
    assertEquals("endpoint", e.violations().get(0).field());
    assertEquals("HTTPS_REQUIRED", e.violations().get(0).code());
    RuleViolation token =
        assertThrows(
            RuleViolation.class,
            () -> SecureAddresses.require(fhir("https://fhir/r4", "http://idp.example/t"), false));
    assertEquals("tokenUrl", token.violations().get(0).field());
  }

  @Test
  void localModeAllowsPlainHttpToLoopbackOnly() {
    assertDoesNotThrow(() -> SecureAddresses.require(fhir("http://localhost:9/fhir", null), true));
    assertDoesNotThrow(() -> SecureAddresses.require(fhir("http://127.0.0.1:9/fhir", null), true));
    assertThrows(
        RuleViolation.class,
        () -> SecureAddresses.require(fhir("http://fhir.clinic.example/r4", null), true));
  }
}
