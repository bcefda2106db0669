package org.stepwise.cases.domain.model.measure;

import java.util.List;

/** Where administered questionnaires are kept. */
public interface MeasureRepository {

  /** Stores a new measure and answers it with its id. */
  Measure add(Measure measure);

  /** The client's measures, newest administration first. */
  List<Measure> of(long clientId);
}
