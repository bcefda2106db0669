package org.stepwise.cases.interfaces.rest.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stepwise.cases.application.DeliveryService;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.delivery.DeliveryStatus;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.summary.SummaryView;

/**
 * Delivery of summaries: the routes take what is due and report each attempt; program admins see
 * failed deliveries with their errors and send them again.
 */
@Path("/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

  @Inject private DeliveryService deliveries;

  /** What the routes need to deliver one summary: where, how, and the document. */
  public record DueView(
      long summaryId,
      UUID bundleId,
      UUID lease,
      int attempts,
      String clinic,
      String channel,
      String endpoint,
      String auth,
      String tokenUrl,
      String authClient,
      String document) {
    static DueView of(DeliveryService.Due d) {
      Clinic c = d.clinic();
      return new DueView(
          d.summary().id(),
          d.summary().summary().bundleId(),
          d.lease(),
          d.summary().delivery().attempts(),
          c.code(),
          c.channel().name(),
          c.endpoint(),
          c.auth().name(),
          c.tokenUrl(),
          c.authClient(),
          d.summary().summary().document());
    }
  }

  @GET
  @Path("/due")
  @RolesAllowed(CurrentUser.INTEGRATION)
  public List<DueView> due(@QueryParam("limit") String limit) {
    JsonRequest in =
        JsonRequest.ofQuery(limit == null ? Map.of() : Map.of("limit", limit), Set.of("limit"));
    Integer n = in.integer("limit", false, 1, 100);
    in.done();
    return deliveries.due(n == null ? 20 : n).items().stream().map(DueView::of).toList();
  }

  @POST
  @Path("/{summaryId}/outcome")
  @RolesAllowed(CurrentUser.INTEGRATION)
  public OutcomeView outcome(@PathParam("summaryId") long summaryId, OutcomeReport in) {
    return OutcomeView.of(
        deliveries.outcome(summaryId, in.lease(), in.outcome(), in.httpStatus(), in.detail()));
  }

  @GET
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public List<SummaryView> list(@QueryParam("status") String status) {
    JsonRequest in =
        JsonRequest.ofQuery(status == null ? Map.of() : Map.of("status", status), Set.of());
    DeliveryStatus s = in.enumValue("status", false, DeliveryStatus.class);
    in.done();
    return deliveries.withStatus(s == null ? DeliveryStatus.FAILED : s).items().stream()
        .map(v -> SummaryView.of(v, false))
        .toList();
  }

  @POST
  @Path("/{summaryId}/retry")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public SummaryView retry(@PathParam("summaryId") long summaryId) {
    return SummaryView.of(deliveries.retry(summaryId), false);
  }
}
