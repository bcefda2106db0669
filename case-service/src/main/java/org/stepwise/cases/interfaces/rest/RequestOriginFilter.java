package org.stepwise.cases.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.stepwise.cases.infrastructure.audit.ClientAddress;
import org.stepwise.cases.infrastructure.audit.RequestOrigin;

/** Notes the caller's address for the audit trail (behind trusted proxies, the forwarded one). */
@Provider
public class RequestOriginFilter implements ContainerRequestFilter {

  @Context private HttpServletRequest request;

  @Inject private RequestOrigin origin;
  @Inject private ClientAddress address;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request != null) {
      origin.address(address.of(request));
    }
  }
}
