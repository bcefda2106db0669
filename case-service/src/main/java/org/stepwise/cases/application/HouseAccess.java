package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.domain.shared.NotFound;
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
    return houses.find(houseId).filter(this::managedByCaller).orElseThrow(() -> notFound(houseId));
  }

  public House reporting(String houseCode) {
    return houses
        .findByCode(houseCode)
        .filter(h -> managedByCaller(h) || reportsThroughRoutes(h))
        .orElseThrow(() -> new NotFound("house", houseCode));
  }

  public boolean managedByCaller(House house) {
    return user.hasRole(CurrentUser.PROGRAM_ADMIN)
        || (user.hasRole(CurrentUser.HOUSE_MANAGER) && user.houseIds().contains(house.code()));
  }

  private boolean reportsThroughRoutes(House house) {
    return user.hasRole(CurrentUser.INTEGRATION)
        && house.reportingChannel() != ReportingChannel.MANUAL;
  }

  private static NotFound notFound(long houseId) {
    return new NotFound("house", houseId);
  }
}
