package org.stepwise.cases.interfaces.rest.house;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.application.HouseService.HouseDetails;
import org.stepwise.cases.domain.model.house.ReportingChannel;
import org.stepwise.cases.interfaces.rest.house.NewHouse.AddressBody;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A house changed by a program admin: everything but its code (sent with If-Match). */
@Schema(name = "HouseChange")
public record HouseChange(
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

  static HouseChange read(JsonRequest in) {
    String name = in.text("name", true, 200);
    AddressBody address = address(in);
    return new HouseChange(
        name,
        address,
        in.integer("narrLevel", true, 1, 4),
        in.integer("capacity", true, 1, 500),
        in.enumValue("reportingChannel", true, ReportingChannel.class),
        in.integer("randomTestsPerMonth", false, 1, 31));
  }

  HouseDetails details() {
    return new HouseDetails(
        name,
        address == null ? null : address.toAddress(),
        narrLevel,
        capacity,
        reportingChannel,
        randomTestsPerMonth);
  }

  /** The optional address of a house's body. */
  private static AddressBody address(JsonRequest in) {
    JsonRequest a = in.object("address", false, "street", "city", "state", "postalCode");
    return a == null
        ? null
        : new AddressBody(
            a.text("street", false, 200),
            a.text("city", false, 100),
            a.text("state", false, 2),
            a.text("postalCode", false, 10));
  }
}
