package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from (its remote address), for the audit trail. */
@RequestScoped
public class RequestOrigin {

  private String address = "internal";

  public String address() {
    return address;
  }

  public void address(String address) {
    this.address = address;
  }
}
