package org.stepwise.cases.domain.model.attendance;

import java.time.LocalDate;

/** A house's reference for a client over one stay, used to match reported rows to clients. */
public record ResidentRef(String clientRef, long clientId, LocalDate moveIn, LocalDate moveOut) {

  public boolean coversDay(LocalDate day) {
    return !day.isBefore(moveIn) && (moveOut == null || !day.isAfter(moveOut));
  }
}
