package org.stepwise.cases.domain.model.client;

import java.util.Objects;

/**
 * Whose caseload a client is on: the staff member's immutable subject (the Keycloak user id), which
 * decides access, and the username they had when assigned, which is only shown.
 */
public record CaseManager(String subject, String username) {

  public CaseManager {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
  }
}
