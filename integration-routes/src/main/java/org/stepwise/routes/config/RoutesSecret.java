package org.stepwise.routes.config;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The routes' client secret for Keycloak ({@code stepwise.routes.client-secret}, i.e.
 * STEPWISE_ROUTES_CLIENT_SECRET): required, and never the demo realm's outside a local demo. With
 * the demo secret anyone could take the routes' token and lease summaries away from them, so the
 * routes refuse to start with it unless {@code stepwise.demo=true} says this is the demo.
 */
public final class RoutesSecret {

  /** The secret of the demo realm (keycloak-realm/stepwise-realm.json): public knowledge. */
  public static final String DEMO = "routes-demo-secret-change-me";

  private RoutesSecret() {}

  /** Throws, with what to do, when the secret is missing or is the demo's outside a demo. */
  public static void check(CamelContext context) {
    PropertiesComponent p = context.getPropertiesComponent();
    String secret = p.resolveProperty("stepwise.routes.client-secret").orElse("");
    boolean demo = Boolean.parseBoolean(p.resolveProperty("stepwise.demo").orElse("false"));
    if (secret.isBlank()) {
      throw new IllegalStateException(
          "stepwise.routes.client-secret (STEPWISE_ROUTES_CLIENT_SECRET) is required: the"
              + " secret of the stepwise-routes client in Keycloak");
    }
    if (secret.equals(DEMO) && !demo) {
      throw new IllegalStateException(
          "the routes will not start with the demo realm's client secret: set"
              + " STEPWISE_ROUTES_CLIENT_SECRET to the production secret"
              + " (or stepwise.demo=true for the local demo)");
    }
  }
}
