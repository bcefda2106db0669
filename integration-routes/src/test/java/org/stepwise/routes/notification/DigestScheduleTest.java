package org.stepwise.routes.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static LocalDate at(String instant) {
    return new DigestSchedule(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), NEW_YORK, 7)
        .dueDay();
  }

  @Test
  void theDigestIsDueFromTheHourOfTheProgramsDayUntilItsEnd() {
    assertNull(at("2026-12-04T11:59:00Z"), "06:59 in New York");
    assertEquals(LocalDate.of(2026, 12, 4), at("2026-12-04T12:00:00Z"), "07:00 in New York");
    assertEquals(LocalDate.of(2026, 12, 4), at("2026-12-05T04:59:00Z"), "23:59 in New York");
    assertNull(at("2026-12-05T05:00:00Z"), "midnight: the next day, before its hour");
  }
}
