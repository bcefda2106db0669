package org.stepwise.cases.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;

/**
 * Counts every answered API request by method, endpoint and status. The endpoint is the resource
 * method's path template ({@code /api/v1/clients/{id}/overview}), so no id reaches a label.
 * Requests refused before they reach the API (a missing or bad token) are answered by the server's
 * security layer and show in its own counts, not here.
 */
@Provider
public class RequestMetricsFilter implements ContainerResponseFilter {

  private static final String API_ROOT =
      RestApplication.class.getAnnotation(ApplicationPath.class).value();

  private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

  @Context private ResourceInfo resource;

  @Inject private ApplicationMetrics metrics;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resource == null ? null : resource.getResourceMethod();
    String endpoint =
        method == null
            ? "unmatched"
            : TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m));
    metrics.request(request.getMethod(), endpoint, response.getStatus());
  }

  private static String template(Class<?> type, Method method) {
    StringBuilder path = new StringBuilder(API_ROOT);
    append(path, type.getAnnotation(Path.class));
    append(path, method.getAnnotation(Path.class));
    return path.toString();
  }

  private static void append(StringBuilder path, Path part) {
    if (part == null) {
      return;
    }
    String value = part.value().replaceAll("^/+|/+$", "");
    if (!value.isEmpty()) {
      path.append('/').append(value.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
    }
  }
}
