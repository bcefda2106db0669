package org.stepwise.cases.domain.model.clinic;

import java.net.URI;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * Summaries leave the program only over TLS: a clinic's FHIR endpoint and its token URL must be
 * {@code https://} (an SFTP drop is encrypted by SSH). Plain http is for the local demo and tests,
 * on loopback only.
 */
public final class SecureAddresses {

  private SecureAddresses() {}

  /** Throws for an address a summary or a secret would cross in clear text. */
  public static void require(Clinic clinic, boolean localMode) {
    if (clinic.channel() == DeliveryChannel.FHIR) {
      require("endpoint", clinic.endpoint(), localMode);
    }
    if (clinic.tokenUrl() != null) {
      require("tokenUrl", clinic.tokenUrl(), localMode);
    }
  }

  private static void require(String field, String address, boolean localMode) {
    URI uri = URI.create(address.strip());
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      return;
    }
    boolean loopback =
        uri.getHost() != null
            && (uri.getHost().equals("localhost") || uri.getHost().startsWith("127."));
    if (!(localMode && loopback)) {
      throw new RuleViolation(
          field,
          "HTTPS_REQUIRED",
          "an https:// address is required (plain http only to localhost in local mode)");
    }
  }
}
