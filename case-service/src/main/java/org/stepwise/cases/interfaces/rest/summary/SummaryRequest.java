package org.stepwise.cases.interfaces.rest.summary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A summary made now; the period defaults to the last 7 days. */
@Schema(name = "SummaryRequest")
public record SummaryRequest(LocalDate periodStart, LocalDate periodEnd) implements RequestRecord {
  static SummaryRequest read(JsonRequest in) {
    return new SummaryRequest(in.date("periodStart", false), in.date("periodEnd", false));
  }
}
