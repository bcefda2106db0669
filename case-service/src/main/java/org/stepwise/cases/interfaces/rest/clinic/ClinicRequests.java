package org.stepwise.cases.interfaces.rest.clinic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.clinic.Cadence;
import org.stepwise.cases.domain.model.clinic.ChannelAuth;
import org.stepwise.cases.domain.model.clinic.DeliveryChannel;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/** The request bodies of the clinic endpoints. */
public final class ClinicRequests {

  private ClinicRequests() {}

  /** A referring clinic and how its summaries reach it (its secret stays with the routes). */
  @Schema(name = "NewClinic")
  public record NewClinic(
      @Schema(required = true, maxLength = 32, pattern = "[A-Z0-9_-]+") String code,
      @Schema(required = true, maxLength = 200) String name,
      @Schema(pattern = "\\d{10}") String npi,
      @Schema(required = true) DeliveryChannel channel,
      @Schema(required = true, maxLength = 500, description = "https:// for FHIR, sftp:// for SFTP")
          String endpoint,
      @Schema(required = true) ChannelAuth auth,
      @Schema(maxLength = 500, description = "required with OAUTH2_CLIENT_CREDENTIALS")
          String tokenUrl,
      @Schema(maxLength = 200, description = "required unless auth is NONE") String authClient,
      @Schema(required = true) Cadence cadence)
      implements RequestRecord {
    static NewClinic read(JsonRequest in) {
      String code = in.text("code", true, 32);
      if (code != null && !code.matches("[A-Z0-9_-]+")) {
        in.reject("code", "INVALID_CODE", "capital letters, digits, - and _");
      }
      String name = in.text("name", true, 200);
      String npi = readNpi(in);
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
      return new NewClinic(code, name, npi, channel, endpoint, auth, tokenUrl, authClient, cadence);
    }
  }

  /** A clinician at a clinic, known to Keycloak by {@code username}. */
  @Schema(name = "NewClinician")
  public record NewClinician(
      @Schema(required = true, maxLength = 100) String username,
      @Schema(required = true, maxLength = 200) String name,
      @Schema(pattern = "\\d{10}") String npi)
      implements RequestRecord {
    static NewClinician read(JsonRequest in) {
      return new NewClinician(
          in.text("username", true, 100), in.text("name", true, 200), readNpi(in));
    }
  }

  private static String readNpi(JsonRequest in) {
    String npi = in.text("npi", false, 10);
    if (npi != null && !npi.matches("\\d{10}")) {
      in.reject("npi", "INVALID_NPI", "an NPI has 10 digits");
    }
    return npi;
  }
}
