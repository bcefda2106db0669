package org.stepwise.routes.delivery;

import java.util.Locale;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The Camel endpoint of a clinic's channel. Secrets never come from case-service: the routes read
 * them from their own configuration by the clinic's code ({@code stepwise.clinic.<CODE>.secret},
 * i.e. the environment variable STEPWISE_CLINIC_<CODE>_SECRET).
 */
final class ClinicChannels {

  private final PropertiesComponent properties;

  ClinicChannels(PropertiesComponent properties) {
    this.properties = properties;
  }

  /** POST {endpoint}/Bundle, with OAuth2 client credentials when the clinic requires them. */
  String fhir(Delivery d) {
    StringBuilder uri =
        new StringBuilder(strip(d.endpoint())).append("/Bundle?throwExceptionOnFailure=false");
    if ("OAUTH2_CLIENT_CREDENTIALS".equals(d.auth())) {
      uri.append("&oauth2ClientId=")
          .append(d.authClient())
          .append("&oauth2ClientSecret=RAW(")
          .append(secret(d))
          .append(")&oauth2TokenEndpoint=")
          .append(d.tokenUrl())
          .append("&oauth2CacheTokens=true");
    }
    return uri.toString();
  }

  /** The clinic's SFTP directory; the file is written under a temporary name, then renamed. */
  String sftp(Delivery d) {
    String options =
        properties
            .resolveProperty("stepwise.delivery.sftp-options")
            .orElse("strictHostKeyChecking=yes");
    return strip(d.endpoint())
        + "?username="
        + d.authClient()
        + "&password=RAW("
        + secret(d)
        + ")&fileExist=Ignore&tempPrefix=.incoming-&"
        + options;
  }

  private String secret(Delivery d) {
    String key = "stepwise.clinic." + d.clinic().toLowerCase(Locale.ROOT) + ".secret";
    return properties
        .resolveProperty(key)
        .orElseThrow(
            () -> new IllegalStateException("no secret configured for clinic " + d.clinic()));
  }

  private static String strip(String endpoint) {
    return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
  }
}
