package org.stepwise.cases.domain.model.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One administered questionnaire: its answers as given, the score they make, the day it was
 * administered and who recorded it. Stored once, never changed.
 */
public record Measure(
    Long id,
    long clientId,
    Instrument instrument,
    LocalDate administeredOn,
    List<Integer> answers,
    Score score,
    String administeredBy,
    Instant recordedAt) {

  public Measure {
    answers = List.copyOf(answers);
  }

  /** Scores {@code answers} (refusing an incomplete or off-scale set) into a new measure. */
  public static Measure administered(
      long clientId,
      Instrument instrument,
      LocalDate on,
      List<Integer> answers,
      String by,
      Instant at) {
    return new Measure(null, clientId, instrument, on, answers, instrument.score(answers), by, at);
  }

  public Measure withId(long id) {
    return new Measure(
        id, clientId, instrument, administeredOn, answers, score, administeredBy, recordedAt);
  }
}
