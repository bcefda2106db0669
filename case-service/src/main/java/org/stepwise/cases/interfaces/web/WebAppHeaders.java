package org.stepwise.cases.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser protections for the web app: scripts and styles only from here, calls only to here and to
 * Keycloak, no framing, no referrer (URLs hold record ids), no caching of pages.
 */
@WebFilter("/app/*")
public class WebAppHeaders extends HttpFilter {

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  private String issuer;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    URI keycloak = URI.create(issuer);
    String origin = keycloak.getScheme() + "://" + keycloak.getAuthority();
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self' "
            + origin
            + "; frame-ancestors 'none'; form-action 'self' "
            + origin
            + "; base-uri 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    ApiHeaders.noStore(request, response);
    chain.doFilter(request, response);
  }
}
