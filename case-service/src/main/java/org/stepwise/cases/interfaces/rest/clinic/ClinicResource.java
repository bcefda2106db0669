package org.stepwise.cases.interfaces.rest.clinic;

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
import java.net.URI;
import java.util.List;
import org.stepwise.cases.application.ClinicService;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Referring clinics: program admins keep them; case managers read them to record referrals. */
@Path("/clinics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClinicResource {

  @Inject private ClinicService clinics;

  /** A clinic as shown: its channel without any secret (the routes hold those). */
  public record ClinicView(
      long id,
      String code,
      String name,
      String npi,
      String channel,
      String endpoint,
      String auth,
      String tokenUrl,
      String authClient,
      String cadence,
      List<ClinicianView> clinicians) {
    static ClinicView of(Clinic c) {
      return new ClinicView(
          c.id(),
          c.code(),
          c.name(),
          c.npi(),
          c.channel().name(),
          c.endpoint(),
          c.auth().name(),
          c.tokenUrl(),
          c.authClient(),
          c.cadence().name(),
          c.clinicians().stream().map(ClinicianView::of).toList());
    }
  }

  public record ClinicianView(long id, String username, String name, String npi) {
    static ClinicianView of(Clinician c) {
      return new ClinicianView(c.id(), c.username(), c.name(), c.npi());
    }
  }

  @GET
  @RolesAllowed({CurrentUser.PROGRAM_ADMIN, CurrentUser.CASE_MANAGER})
  public List<ClinicView> list() {
    return clinics.all().stream().map(ClinicView::of).toList();
  }

  @POST
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response add(ClinicRequests.NewClinic in) {
    Clinic stored =
        clinics.add(
            new Clinic(
                null,
                in.code(),
                in.name(),
                in.npi(),
                in.channel(),
                in.endpoint(),
                in.auth(),
                in.tokenUrl(),
                in.authClient(),
                in.cadence(),
                List.of(),
                null));
    return Response.created(URI.create("/api/v1/clinics/" + stored.id()))
        .entity(ClinicView.of(stored))
        .build();
  }

  @POST
  @Path("/{clinicId}/clinicians")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response addClinician(
      @PathParam("clinicId") long clinicId, ClinicRequests.NewClinician in) {
    Clinician c = clinics.addClinician(clinicId, in.username(), in.name(), in.npi());
    return Response.status(Response.Status.CREATED).entity(ClinicianView.of(c)).build();
  }
}
