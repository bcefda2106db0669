package org.stepwise.cases.interfaces.rest.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.Measure;
import org.stepwise.cases.domain.model.measure.MeasureFlag;

/** A scored questionnaire as the chart shows it. */
public record MeasureView(
    long id,
    Instrument instrument,
    LocalDate administeredOn,
    List<Integer> answers,
    int score,
    Band band,
    Set<MeasureFlag> flags,
    String administeredBy,
    Instant recordedAt) {

  static MeasureView of(Measure m) {
    return new MeasureView(
        m.id(),
        m.instrument(),
        m.administeredOn(),
        m.answers(),
        m.score().total(),
        m.score().band(),
        m.score().flags(),
        m.administeredBy(),
        m.recordedAt());
  }
}
