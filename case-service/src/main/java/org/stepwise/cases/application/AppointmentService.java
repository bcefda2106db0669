package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.stepwise.cases.domain.model.appointment.AppointmentKind;
import org.stepwise.cases.domain.model.appointment.AppointmentRepository;
import org.stepwise.cases.domain.model.appointment.AppointmentSeries;
import org.stepwise.cases.domain.model.appointment.AppointmentStanding;
import org.stepwise.cases.domain.model.appointment.Occurrence;
import org.stepwise.cases.domain.model.appointment.OccurrenceOutcome;
import org.stepwise.cases.domain.model.appointment.RecurrenceUnit;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Aftercare appointments: series set up and outcomes recorded by whoever keeps the chart. */
@ApplicationScoped
@Transactional
public class AppointmentService {

  @Inject private AttentionService attention;
  @Inject private ClientAccess access;
  @Inject private AppointmentRepository appointments;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  @Audited(action = AuditAction.READ, record = "appointment")
  public AppointmentStanding standing(@ClientId long clientId) {
    access.chart(clientId);
    LocalDate today = calendar.today();
    return AppointmentStanding.of(
        appointments.seriesOf(clientId),
        appointments.occurrencesSince(clientId, AppointmentStanding.windowStart(today)),
        today);
  }

  /** A series as the case manager sets it up; its rules are checked once the chart is open. */
  public record NewSeries(
      AppointmentKind kind,
      String provider,
      int every,
      RecurrenceUnit unit,
      LocalDate startsOn,
      LocalDate endsOn,
      Integer minimumWeeks,
      boolean medicationManagement) {}

  @Audited(action = AuditAction.CREATE, record = "appointment")
  public AppointmentSeries addSeries(@ClientId long clientId, NewSeries s) {
    access.chart(clientId);
    AppointmentSeries series =
        new AppointmentSeries(
            null,
            clientId,
            s.kind(),
            s.provider(),
            s.every(),
            s.unit(),
            s.startsOn(),
            s.endsOn(),
            s.minimumWeeks(),
            s.medicationManagement());
    return appointments.add(series, user.username(), calendar.now());
  }

  /**
   * Records how the appointment of {@code day} went (again, to change it: the earlier answer stays
   * in the history). Kept and missed are for days that have come; a cancellation may be known
   * ahead.
   */
  @Audited(action = AuditAction.UPDATE, record = "appointment")
  public Occurrence record(
      @ClientId long clientId, long seriesId, LocalDate day, OccurrenceOutcome outcome) {
    access.chart(clientId);
    AppointmentSeries series =
        appointments
            .find(clientId, seriesId)
            .orElseThrow(() -> new NotFound("appointment series", seriesId));
    if (day.isBefore(series.startsOn())
        || (series.endsOn() != null && day.isAfter(series.endsOn()))) {
      throw new RuleViolation("scheduledOn", "OUTSIDE_SERIES", "the day is outside the series");
    }
    boolean happened = outcome == OccurrenceOutcome.KEPT || outcome == OccurrenceOutcome.MISSED;
    if (happened && day.isAfter(calendar.today())) {
      throw new RuleViolation(
          "outcome", "FUTURE_DATE", "an appointment is kept or missed once its day has come");
    }
    Occurrence recorded =
        appointments.record(
            clientId,
            series,
            new Occurrence(seriesId, day, outcome, user.username(), calendar.now()));
    attention.evaluate(java.util.List.of(clientId));
    return recorded;
  }
}
