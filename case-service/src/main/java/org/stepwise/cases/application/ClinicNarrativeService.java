package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.summary.ClinicNarrative;
import org.stepwise.cases.domain.model.summary.ClinicNarrativeRepository;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.shared.StaleVersion;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The narratives written for the clinic: kept by whoever keeps the chart, one per period, a draft
 * until marked ready. A period without one reads as an empty draft: nothing is prefilled, least of
 * all from case notes.
 */
@ApplicationScoped
@Transactional
public class ClinicNarrativeService {

  @Inject private ClientAccess access;
  @Inject private ClinicNarrativeRepository narratives;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  @Audited(action = AuditAction.READ, record = "clinic-narrative")
  public List<ClinicNarrative> narrativesOf(@ClientId long clientId) {
    access.chart(clientId);
    return narratives.of(clientId);
  }

  @Audited(action = AuditAction.READ, record = "clinic-narrative")
  public ClinicNarrative narrative(@ClientId long clientId, Period period) {
    access.chart(clientId);
    return narratives
        .find(clientId, period)
        .orElseGet(
            () ->
                new ClinicNarrative(clientId, period, "", false, ClinicNarrative.NONE, null, null));
  }

  /** Saves the period's narrative over version {@code expected}, which must be the current one. */
  @Audited(action = AuditAction.UPDATE, record = "clinic-narrative")
  public ClinicNarrative save(
      @ClientId long clientId, Period period, long expected, String body, boolean ready) {
    access.chart(clientId);
    ClinicNarrative next =
        ClinicNarrative.saved(
            narratives.find(clientId, period).orElse(null),
            expected,
            clientId,
            period,
            body,
            ready,
            user.username(),
            calendar.now());
    if (!narratives.save(next)) {
      throw new StaleVersion(expected, next.version());
    }
    return next;
  }
}
