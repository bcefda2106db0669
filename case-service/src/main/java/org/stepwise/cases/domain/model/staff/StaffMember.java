package org.stepwise.cases.domain.model.staff;

import java.util.Set;

/** Someone who has signed in to Stepwise: their subject, current username and roles then. */
public record StaffMember(String subject, String username, Set<String> roles) {

  public StaffMember {
    roles = Set.copyOf(roles);
  }
}
