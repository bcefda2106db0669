package org.stepwise.cases.interfaces.rest.house;

import org.stepwise.cases.domain.model.house.Address;
import org.stepwise.cases.domain.model.house.House;

/** A house as listed. */
public record HouseView(
    long id,
    String code,
    String name,
    AddressView address,
    int narrLevel,
    int capacity,
    String reportingChannel,
    Integer randomTestsPerMonth,
    long version) {

  public record AddressView(String street, String city, String state, String postalCode) {}

  public static HouseView of(House h) {
    Address a = h.address();
    return new HouseView(
        h.id(),
        h.code(),
        h.name(),
        a == null ? null : new AddressView(a.street(), a.city(), a.state(), a.postalCode()),
        h.narrLevel(),
        h.capacity(),
        h.reportingChannel().name(),
        h.randomTestsPerMonth(),
        h.version());
  }
}
