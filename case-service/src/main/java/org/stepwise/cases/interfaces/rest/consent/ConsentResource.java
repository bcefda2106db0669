package org.stepwise.cases.interfaces.rest.consent;

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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.application.ConsentService;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** A client's consents to disclose: recorded from the signed form, revoked, never edited. */
@Path("/clients/{clientId}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// house managers are let through to get the same 404 as for a client that does not exist
@RolesAllowed({CurrentUser.CASE_MANAGER, CurrentUser.PROGRAM_ADMIN, CurrentUser.HOUSE_MANAGER})
public class ConsentResource {

  @Inject private ConsentService consents;

  @Inject
  @ConfigProperty(name = "stepwise.program.name", defaultValue = "Stepwise Aftercare Program")
  private String program;

  /** A consent with every §2.31 element, and its revocation if any. */
  public record ConsentView(
      long id,
      long clientId,
      String discloser,
      Recipient recipient,
      String purpose,
      Set<Section> sections,
      LocalDate effectiveFrom,
      Expiry expiry,
      Signature signature,
      boolean revocationRightExplained,
      String status,
      RevocationView revocation,
      String recordedBy,
      Instant recordedAt) {

    public record Recipient(String clinic, String clinician) {}

    public record Expiry(LocalDate date, ExpiryEvent event) {}

    public record Signature(String signedBy, LocalDate signedOn, SignatureMethod method) {}

    public record RevocationView(Instant revokedAt, String reason, String recordedBy) {}

    static ConsentView of(ConsentService.ConsentState state) {
      Consent c = state.consent();
      String status = state.status();
      return new ConsentView(
          c.id(),
          c.clientId(),
          c.discloser(),
          new Recipient(c.clinicCode(), c.clinicianUsername()),
          c.purpose(),
          c.sections(),
          c.effectiveFrom(),
          new Expiry(c.expiresOn(), c.expiryEvent()),
          new Signature(c.signedBy(), c.signedOn(), c.signatureMethod()),
          c.revocationRightExplained(),
          status,
          c.revocation() == null
              ? null
              : new RevocationView(
                  c.revocation().revokedAt(), c.revocation().reason(), c.revocation().recordedBy()),
          c.recordedBy(),
          c.recordedAt());
    }
  }

  @GET
  public List<ConsentView> list(@PathParam("clientId") long clientId) {
    return consents.ofClient(clientId).stream().map(ConsentView::of).toList();
  }

  @POST
  public Response record(@PathParam("clientId") long clientId, ConsentRequests.ConsentBody in) {
    ConsentService.ConsentState consent = consents.record(clientId, in.toConsent(program));
    return Response.status(Response.Status.CREATED).entity(ConsentView.of(consent)).build();
  }

  @POST
  @Path("/{consentId}/revocation")
  public ConsentView revoke(
      @PathParam("clientId") long clientId,
      @PathParam("consentId") long consentId,
      ConsentRequests.RevocationBody in) {
    return ConsentView.of(consents.revoke(clientId, consentId, in == null ? null : in.reason()));
  }
}
