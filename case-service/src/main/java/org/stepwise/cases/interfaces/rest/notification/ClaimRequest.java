package org.stepwise.cases.interfaces.rest.notification;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/**
 * The routes' claim: {@code digestDay} once the day's digest hour has come where the routes run
 * (absent before it), how long the claim holds, how many to take.
 */
@Schema(name = "NotificationClaim")
public record ClaimRequest(
    LocalDate digestDay,
    @Schema(minimum = "2", maximum = "3600") Integer leaseSeconds,
    @Schema(minimum = "1", maximum = "100") Integer limit)
    implements RequestRecord {

  static ClaimRequest read(JsonRequest in) {
    return new ClaimRequest(
        in.date("digestDay", false),
        in.integer("leaseSeconds", false, 2, 3600),
        in.integer("limit", false, 1, 100));
  }
}
