package org.stepwise.routes.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.camel.CamelContext;

/**
 * When the day's digest is due: from the configured hour of the program's day on ({@code
 * stepwise.notifications.digest-hour}, in {@code stepwise.zone}), so routes that were down at that
 * hour still send it later the same day. The clock is the system's, or {@code stepwise.clock.fixed}
 * (an instant) in tests.
 */
public record DigestSchedule(Clock clock, ZoneId zone, int hour) {

  public DigestSchedule {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("stepwise.notifications.digest-hour is 0 to 23: " + hour);
    }
  }

  /** The day whose digest may go out now; null before the hour. */
  public LocalDate dueDay() {
    ZonedDateTime now = clock.instant().atZone(zone);
    return now.getHour() >= hour ? now.toLocalDate() : null;
  }

  public static DigestSchedule of(CamelContext context) {
    var p = context.getPropertiesComponent();
    Clock clock =
        p.resolveProperty("stepwise.clock.fixed")
            .filter(s -> !s.isBlank())
            .map(s -> Clock.fixed(Instant.parse(s), java.time.ZoneOffset.UTC))
            .orElse(Clock.systemUTC());
    return new DigestSchedule(
        clock,
        ZoneId.of(p.resolveProperty("stepwise.zone").orElse("America/New_York")),
        Integer.parseInt(p.resolveProperty("stepwise.notifications.digest-hour").orElse("7")));
  }
}
