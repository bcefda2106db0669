package org.stepwise.cases.domain.model.house;

import java.util.List;
import java.util.Optional;

/** Where houses and stays are kept. */
public interface HouseRepository {

  Optional<House> find(long id);

  Optional<House> findByCode(String code);

  List<House> all();

  void add(House house);

  /**
   * Locks the house and counts its current residents, so two move-ins cannot both take the last
   * bed.
   */
  Optional<Occupancy> occupancyForMoveIn(long houseId);

  Optional<Residency> currentStayOf(long clientId);

  Optional<Residency> findResidency(long clientId, long residencyId);

  List<Residency> staysOf(long clientId);

  void add(Residency residency);

  /** The current residents of a house with what a house manager may see of them. */
  List<RosterEntry> roster(long houseId);

  /** When attendance the house reported (by any channel) was last received; empty: never. */
  Optional<java.time.Instant> lastAttendanceReport(String houseCode);
}
