package org.stepwise.cases.domain.model.house;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.InvalidInput;
import org.stepwise.cases.domain.shared.RuleViolation;

class OccupancyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final House house = new House("MAPLE", "Maple", null, 2, 2, ReportingChannel.SFTP);

  OccupancyTest() {
    house.identify(3);
  }

  @Test
  void aHouseTakesResidentsUpToItsCapacity() {
    Residency stay = new Occupancy(house, 1).moveIn(1, "R-1", TODAY, false, TODAY);
    assertEquals("R-1", stay.clientRef());
    assertEquals(3, stay.houseId());
    RuleViolation full =
        assertThrows(
            RuleViolation.class,
            () -> new Occupancy(house, 2).moveIn(1, "R-1", TODAY, false, TODAY));
    assertEquals("houseId", full.violations().get(0).field());
    assertThrows(
        Conflict.class, () -> new Occupancy(house, 0).moveIn(1, "R-1", TODAY, true, TODAY));
  }

  @Test
  void aHouseIsValidFromTheStart() {
    assertThrows(
        InvalidInput.class, () -> new House("MAPLE", "M", null, 5, 2, ReportingChannel.SFTP));
    assertThrows(
        InvalidInput.class, () -> new House("maple", "M", null, 1, 2, ReportingChannel.SFTP));
    assertThrows(
        InvalidInput.class, () -> new House("MAPLE", "M", null, 1, 0, ReportingChannel.SFTP));
  }

  @Test
  void aStayEndsOnceAndAfterItStarts() {
    Residency stay = new Occupancy(house, 0).moveIn(1, "R-1", TODAY.minusDays(10), false, TODAY);
    assertThrows(RuleViolation.class, () -> stay.moveOut(TODAY.minusDays(11), "x", TODAY));
    stay.moveOut(TODAY, "completed program", TODAY);
    assertThrows(RuleViolation.class, () -> stay.moveOut(TODAY, "again", TODAY));
  }
}
