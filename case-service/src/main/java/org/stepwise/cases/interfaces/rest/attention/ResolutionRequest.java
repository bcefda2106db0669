package org.stepwise.cases.interfaces.rest.attention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.attention.AttentionItem;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** How an item was dealt with, in a few words, e.g. "called, back at meetings". */
@Schema(
    name = "AttentionResolution",
    requiredProperties = {"outcome"})
public record ResolutionRequest(@Schema(maxLength = AttentionItem.MAX_OUTCOME) String outcome)
    implements RequestRecord {

  static ResolutionRequest read(JsonRequest in) {
    return new ResolutionRequest(in.text("outcome", true, AttentionItem.MAX_OUTCOME));
  }
}
