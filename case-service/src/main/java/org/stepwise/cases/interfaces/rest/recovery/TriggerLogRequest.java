package org.stepwise.cases.interfaces.rest.recovery;

import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.application.TriggerLogService;
import org.stepwise.cases.domain.model.recovery.HaltState;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;
import org.stepwise.cases.domain.model.recovery.TriggerLogEntry;
import org.stepwise.cases.domain.model.recovery.UseOutcome;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A trigger-log entry, or a correction of one (then with the entry it replaces and why). */
@Schema(
    name = "TriggerLogRequest",
    requiredProperties = {
      "occurredOn",
      "category",
      "situation",
      "haltStates",
      "craving",
      "responseFromPlan",
      "outcome"
    })
public record TriggerLogRequest(
    LocalDate occurredOn,
    TriggerCategory category,
    @Schema(maxLength = 2000) String situation,
    @Schema(maxLength = 1000) String feelings,
    Set<HaltState> haltStates,
    @Schema(minimum = "0", maximum = "10") Integer craving,
    @Schema(description = "whether the response was the plan's") Boolean responseFromPlan,
    @Schema(maxLength = 1000, description = "what the client did") String response,
    UseOutcome outcome,
    @Schema(description = "the entry this one replaces") Long correctsId,
    @Schema(maxLength = 1000, description = "required with correctsId") String correctionReason)
    implements RequestRecord {

  static TriggerLogRequest read(JsonRequest in) {
    LocalDate on = in.date("occurredOn", true);
    TriggerCategory category = in.enumValue("category", true, TriggerCategory.class);
    String situation = in.text("situation", true, 2000);
    String feelings = in.text("feelings", false, 1000);
    Set<HaltState> halt = in.enumValues("haltStates", true, HaltState.class);
    Integer craving = in.integer("craving", true, 0, TriggerLogEntry.MAX_CRAVING);
    Boolean fromPlan = in.bool("responseFromPlan");
    if (!in.has("responseFromPlan")) {
      in.reject("responseFromPlan", "REQUIRED", "true when the plan's response was used");
    }
    String response = in.text("response", false, 1000);
    UseOutcome outcome = in.enumValue("outcome", true, UseOutcome.class);
    Long corrects = in.id("correctsId", false);
    String reason = in.text("correctionReason", corrects != null, 1000);
    if (corrects == null && reason != null) {
      in.reject("correctionReason", "WITHOUT_CORRECTION", "only a correction has a reason");
    }
    return new TriggerLogRequest(
        on, category, situation, feelings, halt, craving, fromPlan, response, outcome, corrects,
        reason);
  }

  TriggerLogService.Written written() {
    return new TriggerLogService.Written(
        occurredOn,
        category,
        situation,
        feelings,
        haltStates,
        craving,
        responseFromPlan,
        response,
        outcome);
  }
}
