package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.recovery.HaltState;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;
import org.stepwise.cases.domain.model.recovery.TriggerLogEntry;
import org.stepwise.cases.domain.model.recovery.TriggerLogRepository;
import org.stepwise.cases.domain.model.recovery.TriggerPattern;
import org.stepwise.cases.domain.model.recovery.UseOutcome;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** The trigger log: written once, corrected by new entries; kept by whoever keeps the chart. */
@ApplicationScoped
@Transactional
public class TriggerLogService {

  @Inject private AttentionService attention;
  @Inject private ClientAccess access;
  @Inject private TriggerLogRepository log;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** What is written in a new entry or a correction; who and when are the server's. */
  public record Written(
      LocalDate occurredOn,
      TriggerCategory category,
      String situation,
      String feelings,
      Set<HaltState> haltStates,
      int craving,
      boolean responseFromPlan,
      String response,
      UseOutcome outcome) {}

  @Audited(action = AuditAction.READ, record = "trigger-log")
  public List<TriggerLogEntry> entries(@ClientId long clientId) {
    access.chart(clientId);
    return log.of(clientId);
  }

  @Audited(action = AuditAction.READ, record = "trigger-log")
  public TriggerPattern pattern(@ClientId long clientId) {
    access.chart(clientId);
    LocalDate today = calendar.today();
    return TriggerPattern.of(log.inForceSince(clientId, TriggerPattern.windowStart(today)), today);
  }

  /**
   * Writes a new entry, or, with {@code correctsId}, one that replaces an entry in force (the
   * client's row is locked, so two corrections of one entry cannot both be in force).
   */
  @Audited(action = AuditAction.CREATE, record = "trigger-log")
  public TriggerLogEntry write(
      @ClientId long clientId, Written w, Long correctsId, String correctionReason) {
    access.chartForChange(clientId);
    if (w.occurredOn().isAfter(calendar.today())) {
      throw new RuleViolation("occurredOn", "FUTURE_DATE", "an entry records what has happened");
    }
    if (correctsId != null) {
      log.find(clientId, correctsId)
          .orElseThrow(() -> new NotFound("trigger-log entry", correctsId));
      if (log.replaced(correctsId)) {
        throw new RuleViolation(
            "correctsId", "ALREADY_CORRECTED", "correct the entry that replaced this one");
      }
    }
    TriggerLogEntry written =
        log.add(
            new TriggerLogEntry(
                null,
                clientId,
                w.occurredOn(),
                w.category(),
                w.situation(),
                w.feelings(),
                w.haltStates(),
                w.craving(),
                w.responseFromPlan(),
                w.response(),
                w.outcome(),
                correctsId,
                correctionReason,
                user.username(),
                calendar.now()));
    attention.evaluate(List.of(clientId));
    return written;
  }
}
