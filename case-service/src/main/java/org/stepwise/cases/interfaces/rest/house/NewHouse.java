package org.stepwise.cases.interfaces.rest.house;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.house.Address;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A sober-living house to register. */
@Schema(name = "NewHouse")
public record NewHouse(
    @Schema(required = true, maxLength = 32) String code,
    @Schema(required = true, maxLength = 200) String name,
    AddressBody address,
    @Schema(required = true, minimum = "1", maximum = "4", description = "NARR level")
        Integer narrLevel,
    @Schema(required = true, minimum = "1", maximum = "500") Integer capacity,
    @Schema(required = true) ReportingChannel reportingChannel,
    @Schema(
            minimum = "1",
            maximum = "31",
            description = "the testing rule: random tests a month in a resident's first 90 days")
        Integer randomTestsPerMonth)
    implements RequestRecord {

  /** A postal address. */
  @Schema(name = "Address")
  public record AddressBody(
      @Schema(maxLength = 200) String street,
      @Schema(maxLength = 100) String city,
      @Schema(maxLength = 2) String state,
      @Schema(maxLength = 10) String postalCode) {

    Address toAddress() {
      return new Address(street, city, state, postalCode);
    }
  }

  /** The code, then everything a change may name, read as a change reads it. */
  static NewHouse read(JsonRequest in) {
    String code = in.text("code", true, 32);
    HouseChange house = HouseChange.read(in);
    return new NewHouse(
        code,
        house.name(),
        house.address(),
        house.narrLevel(),
        house.capacity(),
        house.reportingChannel(),
        house.randomTestsPerMonth());
  }
}
