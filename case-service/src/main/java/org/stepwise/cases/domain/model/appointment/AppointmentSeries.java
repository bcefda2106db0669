package org.stepwise.cases.domain.model.appointment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * A recurring aftercare appointment: what kind, with whom, every N days or weeks from a start,
 * until an end date or open-ended with a minimum duration (weekly therapy for at least 26 weeks,
 * say). A psychiatric series marked for medication management is the one whose missed check-in is a
 * flag.
 */
public record AppointmentSeries(
    Long id,
    long clientId,
    AppointmentKind kind,
    String provider,
    int every,
    RecurrenceUnit unit,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer minimumWeeks,
    boolean medicationManagement) {

  public static final int MAX_EVERY = 52;

  public AppointmentSeries {
    if (every < 1 || every > MAX_EVERY) {
      throw new RuleViolation("every", "OUT_OF_RANGE", "from 1 to " + MAX_EVERY);
    }
    if (endsOn != null && endsOn.isBefore(startsOn)) {
      throw new RuleViolation("endsOn", "BEFORE_START", "a series ends on or after its start");
    }
    if (medicationManagement && kind != AppointmentKind.PSYCHIATRY) {
      throw new RuleViolation(
          "medicationManagement",
          "NOT_PSYCHIATRY",
          "medication is managed in psychiatric check-ins");
    }
  }

  /** The day the minimum duration is reached, if the series has one. */
  public LocalDate minimumMetOn() {
    return minimumWeeks == null ? null : startsOn.plusWeeks(minimumWeeks);
  }

  /** Whether {@code day} is one of the series' scheduled days. */
  public boolean scheduledOn(LocalDate day) {
    if (day.isBefore(startsOn) || (endsOn != null && day.isAfter(endsOn))) {
      return false;
    }
    long days = ChronoUnit.DAYS.between(startsOn, day);
    long step = unit == RecurrenceUnit.WEEKS ? every * 7L : every;
    return days % step == 0;
  }

  /** The scheduled days from {@code from} to {@code to}, both included. */
  public List<LocalDate> scheduledBetween(LocalDate from, LocalDate to) {
    long step = unit == RecurrenceUnit.WEEKS ? every * 7L : every;
    LocalDate first = startsOn;
    if (from.isAfter(startsOn)) {
      long behind = ChronoUnit.DAYS.between(startsOn, from);
      first = startsOn.plusDays(((behind + step - 1) / step) * step);
    }
    LocalDate last = endsOn == null || endsOn.isAfter(to) ? to : endsOn;
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
      days.add(d);
    }
    return days;
  }

  public AppointmentSeries withId(long id) {
    return new AppointmentSeries(
        id,
        clientId,
        kind,
        provider,
        every,
        unit,
        startsOn,
        endsOn,
        minimumWeeks,
        medicationManagement);
  }
}
