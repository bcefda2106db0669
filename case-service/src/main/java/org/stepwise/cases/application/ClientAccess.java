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
    return user.hasRole(CurrentUser.CASE_MANAGER) && user.username().equals(client.caseManager());
  }

  /** A case manager's searches are limited to their own caseload. */
  public String caseloadOwner(String requested) {
    return user.hasRole(CurrentUser.PROGRAM_ADMIN) ? requested : user.username();
  }
}
