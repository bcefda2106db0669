package org.stepwise.cases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stepwise.cases.it.Fixtures.expect;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.platform.DemoUser;

/** Case notes are append-only: a correction is a new note naming the one it corrects, and why. */
class CaseNotesIT {

  private final Fixtures f = new Fixtures();

  @Test
  void aCorrectionIsANewNoteAndStoredNotesCannotChange() throws Exception {
    long client = f.client(Fixtures.unique("Notes"));
    String cm = f.token(DemoUser.CM_RIVERA);
    String path = "/api/v1/clients/" + client + "/notes";
    long original =
        expect(
                201,
                f.api.post(path, cm, "{\"body\":\"Met at the house; started at the warehouse.\"}"))
            .object()
            .getJsonNumber("id")
            .longValue();
    ValidationIT.assertProblem(
        f.api.post(path, cm, "{\"body\":\"x\",\"correctsId\":" + original + "}"),
        400,
        "correctionReason",
        "REQUIRED");
    JsonObject correction =
        expect(
                201,
                f.api.post(
                    path,
                    cm,
                    "{\"body\":\"Met at the house; started at the bakery.\",\"correctsId\":"
                        + original
                        + ",\"correctionReason\":\"wrong employer\"}"))
            .object();
    assertEquals(original, correction.getJsonNumber("corrects").longValue());

    List<JsonObject> notes = expect(200, f.api.get(path, cm)).array().getValuesAs(JsonObject.class);
    assertEquals(2, notes.size());
    assertEquals("cm.rivera", notes.get(0).getString("author"));

    try (Connection c = f.platform.databaseAsApplication();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE case_note SET body = 'x' WHERE id = " + original));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM case_note WHERE id = " + original));
    }
  }
}
