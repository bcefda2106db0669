package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (its remote address), and whether the audit interceptor has
 * recorded it already, so that a denial at the door is recorded exactly once.
 */
@RequestScoped
public class RequestOrigin {

  private String address = "internal";
  private boolean audited;

  public void audited() {
    this.audited = true;
  }

  public boolean isAudited() {
    return audited;
  }

  public String address() {
    return address;
  }

  public void address(String address) {
    this.address = address;
  }
}
