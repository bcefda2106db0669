package org.stepwise.routes.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.stepwise.routes.config.SftpHostKeys;

/**
 * The Camel endpoint of a clinic's channel. Secrets never come from case-service: the routes read
 * them from their own configuration by the clinic's code ({@code stepwise.clinic.<CODE>.secret},
 * i.e. the environment variable STEPWISE_CLINIC_<CODE>_SECRET).
 */
final class ClinicChannels {

  /** The routes' own configuration lacks what the clinic's channel needs: retrying cannot help. */
  static final class ChannelNotConfigured extends RuntimeException {
    ChannelNotConfigured(String reason) {
      super(reason, null, false, false);
    }
  }

  private final PropertiesComponent properties;
  private final String hostKeys;

  private final boolean demo;

  ClinicChannels(CamelContext context) {
    this.properties = context.getPropertiesComponent();
    this.hostKeys = SftpHostKeys.options(context);
    this.demo = Boolean.parseBoolean(properties.resolveProperty("stepwise.demo").orElse("false"));
  }

  /** POST {endpoint}/Bundle, with OAuth2 client credentials when the clinic requires them. */
  String fhir(Delivery d) {
    requireTls(d, d.endpoint());
    if (d.tokenUrl() != null) {
      requireTls(d, d.tokenUrl());
    }
    StringBuilder uri = new StringBuilder(base(d)).append("/Bundle?throwExceptionOnFailure=false");
    if ("OAUTH2_CLIENT_CREDENTIALS".equals(d.auth())) {
      uri.append("&oauth2ClientId=")
          .append(encoded(d.authClient()))
          .append("&oauth2ClientSecret=RAW(")
          .append(secret(d))
          .append(")&oauth2TokenEndpoint=")
          .append(encoded(d.tokenUrl()))
          .append("&oauth2CacheTokens=true");
    }
    return uri.toString();
  }

  /** The clinic's SFTP directory; the file is written under a temporary name, then renamed. */
  String sftp(Delivery d) {
    return base(d)
        + "?username="
        + encoded(d.authClient())
        + "&password=RAW("
        + secret(d)
        + ")&fileExist=Ignore&tempPrefix=.incoming-&"
        + hostKeys;
  }

  private String secret(Delivery d) {
    String key = "stepwise.clinic." + d.clinic().toLowerCase(Locale.ROOT) + ".secret";
    return properties
        .resolveProperty(key)
        .orElseThrow(
            () -> new ChannelNotConfigured("no secret configured for clinic " + d.clinic()));
  }

  /**
   * The clinic's endpoint as the base of the URI: no query or fragment of its own (options come
   * from here alone, so a stored endpoint cannot switch a check off).
   */
  private static String base(Delivery d) {
    String endpoint = d.endpoint();
    if (endpoint.contains("?") || endpoint.contains("#") || endpoint.contains("{{")) {
      throw new ChannelNotConfigured(
          "the endpoint of clinic " + d.clinic() + " must not carry options");
    }
    return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
  }

  /** A summary or a secret crosses the network only over TLS, outside the local demo. */
  private void requireTls(Delivery d, String address) {
    if (!demo && !address.regionMatches(true, 0, "https://", 0, 8)) {
      throw new ChannelNotConfigured("clinic " + d.clinic() + " has an address without TLS");
    }
  }

  /** A value from case-service as one URI option, whatever characters it holds. */
  private static String encoded(String value) {
    return java.net.URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
