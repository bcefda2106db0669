package org.stepwise.cases.domain.model.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Revocation;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.domain.model.delivery.RetryPolicy;

class ConsentDecisionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static Consent consent(long id, Long clinician, LocalDate expires, ExpiryEvent event) {
    return new Consent(
        id,
        1,
        "Program",
        10,
        "RIVERSIDE",
        clinician,
        clinician == null ? null : "dr.chen",
        "Care coordination",
        EnumSet.of(Section.ATTENDANCE),
        TODAY.minusDays(30),
        expires,
        event,
        "Client",
        TODAY.minusDays(30),
        SignatureMethod.WET_INK,
        true,
        "cm",
        Instant.EPOCH,
        null);
  }

  @Test
  void theNewestActiveConsentNamingTheRecipientWins() {
    Consent older = consent(1, null, TODAY.plusDays(30), null);
    Consent newer = consent(2, 5L, TODAY.plusDays(30), null);
    ConsentDecision d =
        ConsentDecision.choose(List.of(newer, older), 10, "dr.chen", TODAY, ClientStatus.ACTIVE);
    assertEquals(2L, d.consent().id());
    // a consent naming dr.chen does not cover another clinician there
    assertEquals(
        1L,
        ConsentDecision.choose(List.of(newer, older), 10, "dr.other", TODAY, ClientStatus.ACTIVE)
            .consent()
            .id());
  }

  @Test
  void revokedExpiredAndEndedConsentsWithholdWithTheirReason() {
    Consent revoked =
        consent(1, null, TODAY.plusDays(30), null)
            .revoked(new Revocation(Instant.EPOCH, null, "cm"));
    assertEquals(
        "CONSENT_REVOKED",
        ConsentDecision.choose(List.of(revoked), 10, null, TODAY, ClientStatus.ACTIVE)
            .withheldReason());
    Consent expired = consent(2, null, TODAY.minusDays(1), null);
    assertEquals(
        "CONSENT_EXPIRED",
        ConsentDecision.choose(List.of(expired), 10, null, TODAY, ClientStatus.ACTIVE)
            .withheldReason());
    Consent untilDischarge = consent(3, null, null, ExpiryEvent.END_OF_TREATMENT);
    assertEquals(
        "CONSENT_ENDED_WITH_TREATMENT",
        ConsentDecision.choose(List.of(untilDischarge), 10, null, TODAY, ClientStatus.DISCHARGED)
            .withheldReason());
    ConsentDecision other =
        ConsentDecision.choose(List.of(untilDischarge), 99, null, TODAY, ClientStatus.ACTIVE);
    assertNull(other.consent());
    assertEquals("NO_CONSENT", other.withheldReason());
  }

  @Test
  void retriesBackOffAndEnd() {
    RetryPolicy p = new RetryPolicy(4, Duration.ofSeconds(10));
    assertEquals(Optional.of(Duration.ofSeconds(10)), p.nextDelay(1));
    assertEquals(Optional.of(Duration.ofSeconds(20)), p.nextDelay(2));
    assertEquals(Optional.of(Duration.ofSeconds(40)), p.nextDelay(3));
    assertEquals(Optional.empty(), p.nextDelay(4));
  }
}
