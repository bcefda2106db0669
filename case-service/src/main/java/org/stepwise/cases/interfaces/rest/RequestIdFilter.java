package org.stepwise.cases.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.stepwise.cases.infrastructure.logging.RequestId;

/** Takes the request's id from its {@code X-Request-Id} (or makes one) and answers it. */
@Provider
@PreMatching
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject private RequestId id;

  @Override
  public void filter(ContainerRequestContext request) {
    id.from(request.getHeaderString(RequestId.HEADER));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(RequestId.HEADER, id.value());
  }
}
