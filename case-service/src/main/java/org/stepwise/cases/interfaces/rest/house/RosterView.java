package org.stepwise.cases.interfaces.rest.house;

import java.util.List;
import org.stepwise.cases.application.HouseService.Roster;
import org.stepwise.cases.domain.model.house.RosterEntry;

/** A house's current residents: roster lines only, nothing clinical. */
public record RosterView(
    String houseCode, String houseName, int capacity, List<RosterEntry> residents) {

  public static RosterView of(Roster r) {
    return new RosterView(r.house().code(), r.house().name(), r.house().capacity(), r.entries());
  }
}
