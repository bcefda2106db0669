package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.care.Timeline;
import org.stepwise.cases.domain.model.care.Transition;
import org.stepwise.cases.domain.model.care.TransitionRepository;
import org.stepwise.cases.domain.model.care.TransitionRequest;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** A client's level-of-care timeline: reading it and recording the clinician's decisions. */
@ApplicationScoped
@Transactional
public class TimelineService {

  @Inject private AttentionService attention;
  @Inject private ClientAccess access;
  @Inject private TransitionRepository transitions;
  @Inject private ProgramCalendar calendar;

  @Audited(action = AuditAction.READ, record = "transition")
  public Timeline timeline(@ClientId long clientId) {
    access.chart(clientId);
    return transitions.timelineOf(clientId);
  }

  @Audited(action = AuditAction.CREATE, record = "transition")
  public Transition record(@ClientId long clientId, TransitionRequest request) {
    // the lock serialises changes to one client's timeline, so two entries cannot overlap
    Client client = access.chartForChange(clientId);
    Transition transition = transitions.timelineOf(clientId).append(request, calendar.today());
    transitions.add(transition);
    client.apply(transition);
    attention.evaluate(java.util.List.of(clientId));
    return transition;
  }
}
