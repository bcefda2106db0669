package org.stepwise.cases.interfaces.rest.narrative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.summary.ClinicNarrative;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The narrative for the clinic, and whether it is ready to be sent with the period's summary. */
@Schema(
    name = "ClinicNarrativeRequest",
    requiredProperties = {"body", "ready"})
public record NarrativeRequest(
    @Schema(maxLength = ClinicNarrative.MAX_LENGTH) String body,
    @Schema(description = "only a ready narrative is sent") Boolean ready)
    implements RequestRecord {

  static NarrativeRequest read(JsonRequest in) {
    String body = in.text("body", false, ClinicNarrative.MAX_LENGTH);
    if (!in.has("body")) {
      in.reject("body", "REQUIRED", "the text for the clinic, empty for none yet");
    }
    Boolean ready = in.bool("ready");
    if (!in.has("ready")) {
      in.reject("ready", "REQUIRED", "true once it may be sent");
    }
    if (Boolean.TRUE.equals(ready) && (body == null || body.isBlank())) {
      in.reject("body", "REQUIRED", "a ready narrative has text");
    }
    return new NarrativeRequest(body == null ? "" : body, ready);
  }
}
