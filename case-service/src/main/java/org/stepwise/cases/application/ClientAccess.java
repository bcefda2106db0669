package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientRepository;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Which clients' charts the caller may open: a program admin every client, a case manager the
 * clients on their caseload. Anything else answers as if the client did not exist.
 */
@ApplicationScoped
public class ClientAccess {

  @Inject private CurrentUser user;
  @Inject private ClientRepository clients;
  @Inject private StaffService staff;

  /** A subject no token carries: the search for a login nobody holds. */
  private static final String NOBODY = "";

  /** The client, if the caller may see its chart. */
  public Client chart(long clientId) {
    Client client = clients.find(clientId).orElseThrow(() -> new NotFound("client", clientId));
    if (!mayOpen(client)) {
      throw new OutOfScope("client", clientId);
    }
    return client;
  }

  /** The client, locked for a change, if the caller may change its chart. */
  public Client chartForChange(long clientId) {
    Client client = chart(clientId);
    return clients.findForChange(client.id()).orElseThrow(() -> new NotFound("client", clientId));
  }

  public boolean mayOpen(Client client) {
    if (user.hasRole(CurrentUser.PROGRAM_ADMIN)) {
      return true;
    }
    return user.hasRole(CurrentUser.CASE_MANAGER) && client.isOnCaseloadOf(user.subject());
  }

  /**
   * The subject whose caseload a search covers: a case manager's own, always; for an admin, the
   * holder of the requested login (a login nobody holds matches no client), or everyone (null).
   */
  public String caseloadOwner(String requestedLogin) {
    if (!user.hasRole(CurrentUser.PROGRAM_ADMIN)) {
      return user.subject();
    }
    if (requestedLogin == null) {
      return null;
    }
    return staff.subjectOf(requestedLogin).orElse(NOBODY);
  }
}
