package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.Measure;
import org.stepwise.cases.domain.model.measure.MeasureRepository;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Outcome measures: administered and recorded by whoever keeps the chart, scored on the way in. */
@ApplicationScoped
@Transactional
public class MeasureService {

  @Inject private AttentionService attention;
  @Inject private ClientAccess access;
  @Inject private MeasureRepository measures;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  @Audited(action = AuditAction.READ, record = "measure")
  public List<Measure> measuresOf(@ClientId long clientId) {
    access.chart(clientId);
    return measures.of(clientId);
  }

  @Audited(action = AuditAction.CREATE, record = "measure")
  public Measure record(
      @ClientId long clientId, Instrument instrument, LocalDate on, List<Integer> answers) {
    access.chart(clientId);
    if (on.isAfter(calendar.today())) {
      throw new RuleViolation(
          "administeredOn", "FUTURE_DATE", "a questionnaire is answered in the past");
    }
    Measure recorded =
        measures.add(
            Measure.administered(
                clientId, instrument, on, answers, user.username(), calendar.now()));
    // item 9 above 0 is an URGENT item by the time this request answers
    attention.evaluate(List.of(clientId));
    return recorded;
  }
}
