package org.stepwise.cases.interfaces.rest.appointment;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.appointment.OccurrenceOutcome;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** How one day's appointment of a series went; sent again, it replaces the earlier answer. */
@Schema(
    name = "AppointmentOccurrenceRequest",
    requiredProperties = {"scheduledOn", "outcome"})
public record OccurrenceRequest(LocalDate scheduledOn, OccurrenceOutcome outcome)
    implements RequestRecord {

  static OccurrenceRequest read(JsonRequest in) {
    return new OccurrenceRequest(
        in.date("scheduledOn", true), in.enumValue("outcome", true, OccurrenceOutcome.class));
  }
}
