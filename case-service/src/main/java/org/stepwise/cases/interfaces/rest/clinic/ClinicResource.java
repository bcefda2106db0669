package org.stepwise.cases.interfaces.rest.clinic;

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
import java.net.URI;
import java.util.List;
import org.stepwise.cases.application.ClinicService;
import org.stepwise.cases.domain.model.clinic.Cadence;
import org.stepwise.cases.domain.model.clinic.ChannelAuth;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.clinic.DeliveryChannel;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;

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
  public Response add(JsonObject body) {
    JsonRequest in =
        JsonRequest.of(
            body,
            "code",
            "name",
            "npi",
            "channel",
            "endpoint",
            "auth",
            "tokenUrl",
            "authClient",
            "cadence");
    String code = in.text("code", true, 32);
    if (code != null && !code.matches("[A-Z0-9_-]+")) {
      in.reject("code", "INVALID_CODE", "capital letters, digits, - and _");
    }
    String name = in.text("name", true, 200);
    String npi = in.text("npi", false, 10);
    if (npi != null && !npi.matches("\\d{10}")) {
      in.reject("npi", "INVALID_NPI", "an NPI has 10 digits");
    }
    DeliveryChannel channel = in.enumValue("channel", true, DeliveryChannel.class);
    String endpoint = in.text("endpoint", true, 500);
    if (endpoint != null && channel != null) {
      String scheme = channel == DeliveryChannel.FHIR ? "https?" : "sftp";
      if (!endpoint.matches(scheme + "://[^\\s]+")) {
        in.reject("endpoint", "INVALID_ENDPOINT", "a " + scheme + ":// address is expected");
      }
    }
    ChannelAuth auth = in.enumValue("auth", true, ChannelAuth.class);
    String tokenUrl = in.text("tokenUrl", auth == ChannelAuth.OAUTH2_CLIENT_CREDENTIALS, 500);
    String authClient = in.text("authClient", auth != null && auth != ChannelAuth.NONE, 200);
    if (auth == ChannelAuth.PASSWORD && channel == DeliveryChannel.FHIR) {
      in.reject("auth", "UNSUPPORTED", "a FHIR endpoint uses NONE or OAUTH2_CLIENT_CREDENTIALS");
    }
    if (auth == ChannelAuth.OAUTH2_CLIENT_CREDENTIALS && channel == DeliveryChannel.SFTP) {
      in.reject("auth", "UNSUPPORTED", "an SFTP drop uses PASSWORD");
    }
    Cadence cadence = in.enumValue("cadence", true, Cadence.class);
    in.done();
    Clinic stored =
        clinics.add(
            new Clinic(
                null,
                code,
                name,
                npi,
                channel,
                endpoint,
                auth,
                tokenUrl,
                authClient,
                cadence,
                List.of(),
                null));
    return Response.created(URI.create("/api/v1/clinics/" + stored.id()))
        .entity(ClinicView.of(stored))
        .build();
  }

  @POST
  @Path("/{clinicId}/clinicians")
  @RolesAllowed(CurrentUser.PROGRAM_ADMIN)
  public Response addClinician(@PathParam("clinicId") long clinicId, JsonObject body) {
    JsonRequest in = JsonRequest.of(body, "username", "name", "npi");
    String username = in.text("username", true, 100);
    String name = in.text("name", true, 200);
    String npi = in.text("npi", false, 10);
    if (npi != null && !npi.matches("\\d{10}")) {
      in.reject("npi", "INVALID_NPI", "an NPI has 10 digits");
    }
    in.done();
    Clinician c = clinics.addClinician(clinicId, username, name, npi);
    return Response.status(Response.Status.CREATED).entity(ClinicianView.of(c)).build();
  }
}
