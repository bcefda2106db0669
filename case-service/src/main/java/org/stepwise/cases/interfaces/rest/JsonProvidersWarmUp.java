package org.stepwise.cases.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Looks the JSON-B context up once, alone, before the first request is answered. Payara's {@code
 * JaxRSJsonContextResolver} instantiates the application's resolvers ({@link JsonConfig}) on its
 * first use without a lock: two first answers at once after a start failed with a
 * ConcurrentModificationException and a 500 (ReplicaFailoverIT, a replica restarted under load).
 */
@Provider
@PreMatching
public class JsonProvidersWarmUp implements ContainerRequestFilter {

  private static final Object LOCK = new Object();
  private static volatile boolean warm;

  @Context private Providers providers;

  @Override
  public void filter(ContainerRequestContext request) {
    if (warm) {
      return;
    }
    synchronized (LOCK) {
      if (!warm) {
        var resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        if (resolver != null) {
          resolver.getContext(Object.class);
        }
        warm = true;
      }
    }
  }
}
