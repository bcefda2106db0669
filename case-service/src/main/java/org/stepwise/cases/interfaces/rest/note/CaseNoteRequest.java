package org.stepwise.cases.interfaces.rest.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A case note, or a correction of one (then with its reason). */
@Schema(name = "CaseNoteRequest")
public record CaseNoteRequest(
    @Schema(required = true, maxLength = 20_000) String body,
    @Schema(description = "the note this one corrects") Long correctsId,
    @Schema(maxLength = 1000, description = "required with correctsId") String correctionReason)
    implements RequestRecord {
  static CaseNoteRequest read(JsonRequest in) {
    String text = in.text("body", true, 20_000);
    Long corrects = in.id("correctsId", false);
    String reason = in.text("correctionReason", corrects != null, 1000);
    if (corrects == null && reason != null) {
      in.reject("correctionReason", "WITHOUT_CORRECTION", "only a correction has a reason");
    }
    return new CaseNoteRequest(text, corrects, reason);
  }
}
