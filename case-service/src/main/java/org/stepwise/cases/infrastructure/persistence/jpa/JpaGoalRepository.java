package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stepwise.cases.domain.model.goal.Goal;
import org.stepwise.cases.domain.model.goal.GoalRepository;
import org.stepwise.cases.domain.model.goal.Milestone;
import org.stepwise.cases.domain.model.goal.ProgressNote;

@ApplicationScoped
public class JpaGoalRepository implements GoalRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Goal> find(long clientId, long goalId) {
    return Optional.ofNullable(em.find(Goal.class, goalId)).filter(g -> g.clientId() == clientId);
  }

  @Override
  public List<GoalDetail> goalsOf(long clientId) {
    List<Goal> goals =
        em.createQuery("SELECT g FROM Goal g WHERE g.clientId = :c ORDER BY g.id", Goal.class)
            .setParameter("c", clientId)
            .getResultList();
    if (goals.isEmpty()) {
      return List.of();
    }
    List<Long> ids = goals.stream().map(Goal::id).toList();
    Map<Long, List<Milestone>> milestones =
        em
            .createQuery(
                "SELECT m FROM Milestone m WHERE m.goalId IN :ids ORDER BY m.id", Milestone.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(Milestone::goalId));
    Map<Long, List<ProgressNote>> notes =
        em
            .createQuery(
                "SELECT n FROM ProgressNote n WHERE n.goalId IN :ids ORDER BY n.notedOn, n.id",
                ProgressNote.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(ProgressNote::goalId));
    return goals.stream()
        .map(
            g ->
                new GoalDetail(
                    g,
                    milestones.getOrDefault(g.id(), List.of()),
                    notes.getOrDefault(g.id(), List.of())))
        .toList();
  }

  @Override
  public void add(Goal goal) {
    em.persist(goal);
    em.flush();
  }

  @Override
  public void add(Milestone milestone) {
    em.persist(milestone);
    em.flush();
  }

  @Override
  public void add(ProgressNote note) {
    em.persist(note);
    em.flush();
  }

  @Override
  public Optional<Milestone> findMilestone(long goalId, long milestoneId) {
    return Optional.ofNullable(em.find(Milestone.class, milestoneId))
        .filter(m -> m.goalId() == goalId);
  }
}
