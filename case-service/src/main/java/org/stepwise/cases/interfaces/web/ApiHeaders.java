package org.stepwise.cases.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every API response may hold health records, refusals and the FHIR documents a clinician opens
 * included: nothing of it is kept by a browser or a proxy ({@code no-store}), and over TLS the
 * browser is told to use TLS only. Set before the request goes on, so that answers made outside
 * JAX-RS (a refused token, the container's error page) carry them too.
 */
@WebFilter("/api/*")
public class ApiHeaders extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    noStore(request, response);
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }

  /** No caching anywhere, and HSTS where this server terminates TLS. */
  static void noStore(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
