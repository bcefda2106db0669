package org.stepwise.cases.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.stepwise.cases.infrastructure.audit.RequestOrigin;

/** Notes the caller's address for the audit trail. */
@Provider
public class RequestOriginFilter implements ContainerRequestFilter {

  @Context private HttpServletRequest request;

  @Inject private RequestOrigin origin;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request != null) {
      origin.address(request.getRemoteAddr());
    }
  }
}
