package org.stepwise.cases.domain.model.summary;

import java.time.LocalDate;

/** The days a summary covers, both ends included. */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
  }
}
