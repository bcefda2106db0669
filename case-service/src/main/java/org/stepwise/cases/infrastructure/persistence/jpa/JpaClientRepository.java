package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientRepository;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Client> find(long id) {
    return Optional.ofNullable(em.find(Client.class, id));
  }

  @Override
  public Optional<Client> findForChange(long id) {
    // the row lock serialises timeline appends; the version bump tells other editors to re-read
    return Optional.ofNullable(em.find(Client.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
  }

  @Override
  public void saveChanges(Client client) {
    em.flush();
  }

  @Override
  public void add(Client client) {
    em.persist(client);
    em.flush();
  }
}
