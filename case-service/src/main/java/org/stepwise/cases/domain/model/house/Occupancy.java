package org.stepwise.cases.domain.model.house;

import java.time.LocalDate;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.RuleViolation;

/** A house and how many live there now: the rule that a house is never over capacity. */
public record Occupancy(House house, long currentResidents) {

  public Residency moveIn(
      long clientId,
      String clientRef,
      LocalDate moveIn,
      boolean clientHasCurrentStay,
      LocalDate today) {
    if (clientHasCurrentStay) {
      throw new Conflict(
          "clientId",
          "ALREADY_RESIDENT",
          "the client has a current stay; record the move-out first");
    }
    if (currentResidents >= house.capacity()) {
      throw new RuleViolation(
          "houseId",
          "HOUSE_FULL",
          "the house holds " + house.capacity() + " residents and is full");
    }
    if (moveIn.isAfter(today)) {
      throw new RuleViolation("moveIn", "FUTURE_DATE", "record a move-in once it happened");
    }
    return new Residency(clientId, house.id(), clientRef, moveIn);
  }
}
