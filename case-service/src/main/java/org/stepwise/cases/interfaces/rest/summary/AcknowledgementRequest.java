package org.stepwise.cases.interfaces.rest.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A clinician's acknowledgement of a summary, with an optional short reply to the case manager. */
@Schema(name = "SummaryAcknowledgement")
public record AcknowledgementRequest(@Schema(maxLength = Acknowledgement.MAX_REPLY) String reply)
    implements RequestRecord {

  static AcknowledgementRequest read(JsonRequest in) {
    return new AcknowledgementRequest(in.text("reply", false, Acknowledgement.MAX_REPLY));
  }
}
