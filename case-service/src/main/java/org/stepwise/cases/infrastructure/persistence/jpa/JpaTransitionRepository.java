package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stepwise.cases.domain.model.care.Timeline;
import org.stepwise.cases.domain.model.care.Transition;
import org.stepwise.cases.domain.model.care.TransitionRepository;

@ApplicationScoped
public class JpaTransitionRepository implements TransitionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Timeline timelineOf(long clientId) {
    return new Timeline(
        clientId,
        em.createQuery(
                "SELECT t FROM Transition t WHERE t.clientId = :client ORDER BY t.seq",
                Transition.class)
            .setParameter("client", clientId)
            .getResultList());
  }

  @Override
  public void add(Transition transition) {
    em.persist(transition);
    em.flush();
  }
}
