package org.stepwise.cases.interfaces.rest.delivery;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.delivery.AttemptOutcome;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** What one delivery attempt came to, reported on the lease it was made under. */
@Schema(name = "OutcomeReport")
public record OutcomeReport(
    @Schema(required = true, description = "the lease the summary was handed out under") UUID lease,
    @Schema(required = true) AttemptOutcome outcome,
    @Schema(minimum = "100", maximum = "599") Integer httpStatus,
    @Schema(maxLength = 500, description = "a status or an exception class, never content")
        String detail)
    implements RequestRecord {
  static OutcomeReport read(JsonRequest in) {
    return new OutcomeReport(
        in.uuid("lease", true),
        in.enumValue("outcome", true, AttemptOutcome.class),
        in.integer("httpStatus", false, 100, 599),
        in.text("detail", false, 500));
  }
}
