package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.stepwise.cases.domain.model.note.CaseNote;
import org.stepwise.cases.domain.model.note.CaseNoteRepository;

@ApplicationScoped
public class JpaCaseNoteRepository implements CaseNoteRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<CaseNote> find(long clientId, long noteId) {
    return Optional.ofNullable(em.find(CaseNote.class, noteId))
        .filter(n -> n.clientId() == clientId);
  }

  @Override
  public List<CaseNote> of(long clientId) {
    return em.createQuery(
            "SELECT n FROM CaseNote n WHERE n.clientId = :c ORDER BY n.id", CaseNote.class)
        .setParameter("c", clientId)
        .getResultList();
  }

  @Override
  public void add(CaseNote note) {
    em.persist(note);
    em.flush();
  }
}
