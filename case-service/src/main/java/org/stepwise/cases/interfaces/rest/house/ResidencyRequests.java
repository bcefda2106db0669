package org.stepwise.cases.interfaces.rest.house;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of a client's residencies. */
public final class ResidencyRequests {

  private ResidencyRequests() {}

  @Schema(name = "MoveIn")
  public record MoveIn(
      @Schema(required = true) Long houseId,
      @Schema(required = true, maxLength = 64, description = "the house's own reference")
          String clientRef,
      @Schema(required = true) LocalDate moveIn)
      implements RequestRecord {
    static MoveIn read(JsonRequest in) {
      return new MoveIn(
          in.id("houseId", true), in.text("clientRef", true, 64), in.date("moveIn", true));
    }
  }

  @Schema(name = "MoveOut")
  public record MoveOut(
      @Schema(required = true) LocalDate moveOut,
      @Schema(required = true, maxLength = 1000) String reason)
      implements RequestRecord {
    static MoveOut read(JsonRequest in) {
      return new MoveOut(in.date("moveOut", true), in.text("reason", true, 1000));
    }
  }

  /** From the current stay to another house on one day, with the reason for leaving. */
  @Schema(name = "Transfer")
  public record Transfer(
      @Schema(required = true) Long houseId,
      @Schema(required = true, maxLength = 64, description = "the new house's own reference")
          String clientRef,
      @Schema(required = true) LocalDate on,
      @Schema(required = true, maxLength = 1000) String reason)
      implements RequestRecord {
    static Transfer read(JsonRequest in) {
      return new Transfer(
          in.id("houseId", true),
          in.text("clientRef", true, 64),
          in.date("on", true),
          in.text("reason", true, 1000));
    }
  }
}
