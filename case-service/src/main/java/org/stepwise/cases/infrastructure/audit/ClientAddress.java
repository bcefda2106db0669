package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "From where" for the audit trail: the caller's address. Behind a reverse proxy or load balancer
 * the connection comes from the proxy, so the address is taken from {@code X-Forwarded-For}, but
 * only when the connection comes from a proxy named in {@code stepwise.trusted-proxies} (anyone can
 * send the header): the right-most address there that is not itself a trusted proxy.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "stepwise.trusted-proxies", defaultValue = " ")
  private String trustedProxies;

  private volatile Set<String> trusted;

  /** The address the request came from, as far as trusted proxies vouch for it. */
  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  String of(String remote, String forwardedFor) {
    Set<String> proxies = trusted();
    if (forwardedFor == null || !proxies.contains(remote)) {
      return remote;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!hop.isEmpty() && !proxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }

  private Set<String> trusted() {
    Set<String> t = trusted;
    if (t == null) {
      t =
          Arrays.stream(trustedProxies.split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
      trusted = t;
    }
    return t;
  }

  /** For tests: a fixed list of trusted proxies. */
  static ClientAddress trusting(String proxies) {
    ClientAddress a = new ClientAddress();
    a.trustedProxies = proxies;
    return a;
  }
}
