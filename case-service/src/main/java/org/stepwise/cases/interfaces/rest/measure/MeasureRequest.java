package org.stepwise.cases.interfaces.rest.measure;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/**
 * One administered questionnaire: the instrument, the day, and every item's answer in the
 * instrument's order (item 1 first); the scale per item is in {@code /codes} (instruments).
 */
@Schema(
    name = "MeasureRequest",
    requiredProperties = {"instrument", "administeredOn", "answers"})
public record MeasureRequest(Instrument instrument, LocalDate administeredOn, List<Integer> answers)
    implements RequestRecord {

  /** More than any instrument has: a longer list is refused before it is looked at. */
  private static final int MAX_ITEMS = 50;

  static MeasureRequest read(JsonRequest in) {
    return new MeasureRequest(
        in.enumValue("instrument", true, Instrument.class),
        in.date("administeredOn", true),
        in.integers("answers", true, MAX_ITEMS));
  }
}
