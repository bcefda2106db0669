package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Which houses the caller may act for: a program admin all, a house manager those in the token's
 * {@code house_ids}, the routes' service account those that report through the routes.
 */
@ApplicationScoped
public class HouseAccess {

  @Inject private CurrentUser user;
  @Inject private HouseRepository houses;

  public House roster(long houseId) {
    House house = houses.find(houseId).orElseThrow(() -> new NotFound("house", houseId));
    if (!managedByCaller(house)) {
      throw new OutOfScope("house", houseId);
    }
    return house;
  }

  public House reporting(String houseCode) {
    House house = houses.findByCode(houseCode).orElseThrow(() -> new NotFound("house", houseCode));
    if (!managedByCaller(house) && !reportsThroughRoutes(house)) {
      throw new OutOfScope("house", houseCode);
    }
    return house;
  }

  /**
   * The client's current stay, if it is in a house the caller manages: a house manager's view of a
   * resident ends when they move out. Anything else answers as if the client did not exist.
   */
  public Residency currentResidency(long clientId) {
    return houses
        .currentStayOf(clientId)
        .filter(stay -> houses.find(stay.houseId()).filter(this::managedByCaller).isPresent())
        .orElseThrow(() -> new OutOfScope("client", clientId));
  }

  public boolean managedByCaller(House house) {
    return user.hasRole(CurrentUser.PROGRAM_ADMIN)
        || (user.hasRole(CurrentUser.HOUSE_MANAGER) && user.houseIds().contains(house.code()));
  }

  private boolean reportsThroughRoutes(House house) {
    return user.hasRole(CurrentUser.INTEGRATION)
        && house.reportingChannel() != ReportingChannel.MANUAL;
  }
}
