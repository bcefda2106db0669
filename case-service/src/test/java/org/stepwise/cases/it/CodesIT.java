package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.platform.DemoUser;

/** {@code GET /codes} serves the server's own code lists, complete and with the domain's labels. */
class CodesIT {

  private final Fixtures f = new Fixtures();

  @Test
  void theCodeListsAreTheServersOwn() {
    JsonObject codes =
        expect(200, f.api.get("/api/v1/codes", f.token(DemoUser.HM_JORDAN))).object();
    assertEquals(
        Arrays.stream(MeetingType.values()).map(Enum::name).toList(),
        codes(codes, "meetingTypes", "code"));
    assertEquals(
        Arrays.stream(LevelOfCare.values()).map(LevelOfCare::label).toList(),
        codes(codes, "levelsOfCare", "label"));
    assertEquals(
        Arrays.stream(org.stepwise.cases.domain.model.overview.Flag.values())
            .map(Enum::name)
            .toList(),
        codes(codes, "flags", "code"));
  }

  private static List<String> codes(JsonObject all, String list, String field) {
    return all.getJsonArray(list).getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString(field))
        .toList();
  }
}
