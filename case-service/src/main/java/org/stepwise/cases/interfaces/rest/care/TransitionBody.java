package org.stepwise.cases.interfaces.rest.care;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.care.AsamRatings;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** A move on the level-of-care timeline (or a discharge, or a correction of the current entry). */
@Schema(name = "TransitionRequest")
public record TransitionBody(
    @Schema(description = "a level code from GET /codes (levelsOfCare); required unless discharge")
        String toLevel,
    Boolean discharge,
    @Schema(required = true) LocalDate effectiveDate,
    @Schema(required = true, maxLength = 2000) String reason,
    @Schema(required = true) Dimensions dimensions,
    @Schema(required = true, maxLength = 200) String decidedBy,
    @Schema(required = true, maxLength = 200) String program,
    @Schema(description = "the entry this one corrects") Long correctsId,
    @Schema(maxLength = 2000, description = "required with correctsId") String correctionReason)
    implements RequestRecord {

  /** The six ASAM dimensions, each rated 0 to 4. */
  @Schema(name = "AsamDimensions")
  public record Dimensions(
      @Schema(required = true, minimum = "0", maximum = "4") Integer intoxication,
      @Schema(required = true, minimum = "0", maximum = "4") Integer biomedical,
      @Schema(required = true, minimum = "0", maximum = "4") Integer emotional,
      @Schema(required = true, minimum = "0", maximum = "4") Integer readiness,
      @Schema(required = true, minimum = "0", maximum = "4") Integer relapse,
      @Schema(required = true, minimum = "0", maximum = "4") Integer environment) {

    AsamRatings ratings() {
      return new AsamRatings(intoxication, biomedical, emotional, readiness, relapse, environment);
    }
  }

  /** The level moved to; empty for a discharge. */
  LevelOfCare level() {
    return toLevel == null ? null : LevelOfCare.fromCode(toLevel).orElseThrow();
  }

  static TransitionBody read(JsonRequest in) {
    boolean discharge = Boolean.TRUE.equals(in.bool("discharge"));
    LevelOfCare to =
        in.coded("toLevel", !discharge, LevelOfCare::fromCode, LevelOfCare.knownCodes());
    if (discharge && in.has("toLevel")) {
      in.reject("toLevel", "NOT_WITH_DISCHARGE", "a discharge has no level to go to");
    }
    LocalDate effective = in.date("effectiveDate", true);
    String reason = in.text("reason", true, 2000);
    JsonRequest dims = in.object("dimensions", true, AsamRatings.DIMENSIONS.toArray(String[]::new));
    Integer[] r = new Integer[6];
    if (dims != null) {
      for (int i = 0; i < 6; i++) {
        r[i] = dims.integer(AsamRatings.DIMENSIONS.get(i), true, 0, 4);
      }
    }
    String decidedBy = in.text("decidedBy", true, 200);
    String program = in.text("program", true, 200);
    Long corrects = in.id("correctsId", false);
    String correctionReason = in.text("correctionReason", corrects != null, 2000);
    if (corrects == null && correctionReason != null) {
      in.reject(
          "correctionReason", "WITHOUT_CORRECTION", "only a correction has a correction reason");
    }
    return new TransitionBody(
        to == null ? null : to.code(),
        discharge,
        effective,
        reason,
        dims == null ? null : new Dimensions(r[0], r[1], r[2], r[3], r[4], r[5]),
        decidedBy,
        program,
        corrects,
        correctionReason);
  }
}
