package org.stepwise.cases.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Days and weeks as the program lives them: "today" and "last week" are in the program's time zone
 * ({@code stepwise.zone}, e.g. STEPWISE_ZONE=America/Chicago), not the server's.
 */
@ApplicationScoped
public class ProgramCalendar {

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "stepwise.zone", defaultValue = "America/New_York")
  private String zoneId;

  public ZoneId zone() {
    return ZoneId.of(zoneId);
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone()).toInstant();
  }
}
