package org.stepwise.cases.interfaces.rest.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
  public Response write(@PathParam("clientId") long clientId, CaseNoteRequest in) {
    CaseNote note =
        in.correctsId() == null
            ? notes.write(clientId, in.body())
            : notes.correct(clientId, in.correctsId(), in.body(), in.correctionReason());
    return Response.status(Response.Status.CREATED).entity(CaseNoteView.of(note)).build();
  }
}
