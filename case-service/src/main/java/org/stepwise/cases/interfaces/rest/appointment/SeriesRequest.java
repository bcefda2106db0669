package org.stepwise.cases.interfaces.rest.appointment;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.application.AppointmentService;
import org.stepwise.cases.domain.model.appointment.AppointmentKind;
import org.stepwise.cases.domain.model.appointment.AppointmentSeries;
import org.stepwise.cases.domain.model.appointment.RecurrenceUnit;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A recurring appointment: every N days or weeks from a start, to an end or open-ended. */
@Schema(
    name = "AppointmentSeriesRequest",
    requiredProperties = {"kind", "provider", "every", "unit", "startsOn"})
public record SeriesRequest(
    AppointmentKind kind,
    @Schema(maxLength = 200) String provider,
    @Schema(minimum = "1", maximum = "52") Integer every,
    RecurrenceUnit unit,
    LocalDate startsOn,
    LocalDate endsOn,
    @Schema(minimum = "1", maximum = "520", description = "e.g. weekly therapy for 26 weeks")
        Integer minimumWeeks,
    @Schema(description = "a psychiatric series that manages the client's medication")
        Boolean medicationManagement)
    implements RequestRecord {

  static SeriesRequest read(JsonRequest in) {
    return new SeriesRequest(
        in.enumValue("kind", true, AppointmentKind.class),
        in.text("provider", true, 200),
        in.integer("every", true, 1, AppointmentSeries.MAX_EVERY),
        in.enumValue("unit", true, RecurrenceUnit.class),
        in.date("startsOn", true),
        in.date("endsOn", false),
        in.integer("minimumWeeks", false, 1, 520),
        in.bool("medicationManagement"));
  }

  AppointmentService.NewSeries series() {
    return new AppointmentService.NewSeries(
        kind,
        provider,
        every,
        unit,
        startsOn,
        endsOn,
        minimumWeeks,
        Boolean.TRUE.equals(medicationManagement));
  }
}
