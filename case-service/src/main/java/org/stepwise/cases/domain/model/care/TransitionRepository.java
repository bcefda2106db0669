package org.stepwise.cases.domain.model.care;

/** Where timeline entries are kept. */
public interface TransitionRepository {

  Timeline timelineOf(long clientId);

  void add(Transition transition);
}
