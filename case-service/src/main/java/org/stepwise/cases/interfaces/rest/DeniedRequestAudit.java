package org.stepwise.cases.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.infrastructure.audit.AuditRecorder;
import org.stepwise.cases.infrastructure.audit.RequestOrigin;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Records requests refused at the door (401: no valid token, 403: the wrong role), which never
 * reach the audit interceptor. The client named in the path, if any, is recorded; nothing else of
 * the request is.
 */
@Provider
public class DeniedRequestAudit implements ContainerResponseFilter {

  @Context private ResourceInfo resource;

  @Inject private CurrentUser user;
  @Inject private RequestOrigin origin;
  @Inject private AuditRecorder recorder;
  @Inject private Clock clock;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if ((status != 401 && status != 403) || origin.isAudited()) {
      return;
    }
    Long clientId = clientIdIn(request);
    String operation =
        resource.getResourceMethod() == null
            ? request.getMethod() + " " + request.getUriInfo().getPath()
            : resource.getResourceClass().getSimpleName()
                + "."
                + resource.getResourceMethod().getName();
    recorder.onItsOwn(
        List.of(
            new AuditEvent(
                clock.instant(),
                user.subject(),
                status == 401 ? null : user.username(),
                String.join(",", user.roles()),
                AuditAction.DENIED,
                truncate(operation, 100),
                "endpoint",
                clientId == null ? null : clientId.toString(),
                clientId,
                AuditOutcome.DENIED,
                origin.address())));
  }

  private static Long clientIdIn(ContainerRequestContext request) {
    List<String> segments =
        request.getUriInfo().getPathSegments().stream().map(s -> s.getPath()).toList();
    int at = segments.indexOf("clients");
    if (at >= 0 && at + 1 < segments.size()) {
      try {
        return Long.parseLong(segments.get(at + 1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
