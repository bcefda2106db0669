package org.stepwise.cases.interfaces.rest.summary;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.cases.application.ClinicianSummaryService;
import org.stepwise.cases.domain.model.delivery.Acknowledgement;
import org.stepwise.cases.domain.model.delivery.TrackedSummary;
import org.stepwise.cases.domain.model.summary.ProgressSummary;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * The referring clinician's view: the summaries delivered to their clinic while the client's
 * consent stands. One summary is the FHIR document exactly as it was sent.
 */
@Path("/summaries")
@RequestScoped
@RolesAllowed(CurrentUser.CLINICIAN)
public class ClinicianSummaryResource {

  static final String FHIR_JSON = "application/fhir+json";

  @Inject private ClinicianSummaryService summaries;

  /** A line of the list: no clinical content, just what it is and when it came. */
  public record DeliveredView(
      long id,
      UUID bundleId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String clinician,
      Instant deliveredAt,
      SummaryView.AcknowledgementView acknowledgement) {
    static DeliveredView of(TrackedSummary t) {
      ProgressSummary s = t.summary();
      return new DeliveredView(
          s.id(),
          s.bundleId(),
          s.period().start(),
          s.period().end(),
          s.recipient().clinicianUsername(),
          t.delivery().deliveredAt(),
          SummaryView.AcknowledgementView.of(t.acknowledgement()));
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeliveredView> list() {
    return summaries.list().items().stream().map(DeliveredView::of).toList();
  }

  @GET
  @Path("/{summaryId}")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response read(@PathParam("summaryId") long summaryId) {
    return Response.ok(summaries.read(summaryId).summary().document(), FHIR_JSON).build();
  }

  /** The clinician read it; a short reply to the case manager may go with it (once per summary). */
  @POST
  @Path("/{summaryId}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response acknowledge(@PathParam("summaryId") long summaryId, AcknowledgementRequest in) {
    Acknowledgement a = summaries.acknowledge(summaryId, in.reply()).acknowledgement();
    return Response.status(Response.Status.CREATED)
        .entity(SummaryView.AcknowledgementView.of(a))
        .build();
  }
}
