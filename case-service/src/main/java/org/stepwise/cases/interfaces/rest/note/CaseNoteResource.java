package org.stepwise.cases.interfaces.rest.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.stepwise.cases.application.CaseNoteService;
import org.stepwise.cases.domain.model.note.CaseNote;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

/** Case notes: append-only; a correction names the note it corrects and why. */
@Path("/clients/{clientId}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class CaseNoteResource {

  @Inject private CaseNoteService notes;

  /** One note as written. */
  public record CaseNoteView(
      long id,
      String body,
      Long corrects,
      String correctionReason,
      String author,
      Instant writtenAt) {
    static CaseNoteView of(CaseNote n) {
      return new CaseNoteView(
          n.id(),
          n.body(),
          n.correctsId(),
          n.correctionReason(),
          n.provenance().recordedBy(),
          n.provenance().recordedAt());
    }
  }

  @GET
  public List<CaseNoteView> list(@PathParam("clientId") long clientId) {
    return notes.notesOf(clientId).stream().map(CaseNoteView::of).toList();
  }

  @POST
  public Response write(@PathParam("clientId") long clientId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "body", "correctsId", "correctionReason");
    String text = in.text("body", true, 20_000);
    Long corrects = in.id("correctsId", false);
    String reason = in.text("correctionReason", corrects != null, 1000);
    if (corrects == null && reason != null) {
      in.reject("correctionReason", "WITHOUT_CORRECTION", "only a correction has a reason");
    }
    in.done();
    CaseNote note =
        corrects == null
            ? notes.write(clientId, text)
            : notes.correct(clientId, corrects, text, reason);
    return Response.status(Response.Status.CREATED).entity(CaseNoteView.of(note)).build();
  }
}
