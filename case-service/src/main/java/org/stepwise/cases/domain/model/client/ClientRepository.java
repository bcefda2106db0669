package org.stepwise.cases.domain.model.client;

import java.util.Optional;

/** Where clients are kept. */
public interface ClientRepository {

  Optional<Client> find(long id);

  /** Finds and locks the client for a change that must not interleave (its timeline, a move-in). */
  Optional<Client> findForChange(long id);

  void add(Client client);

  /** Writes pending changes now, so that the new version is known before the answer goes out. */
  void saveChanges(Client client);
}
