package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.MeetingRequirement;
import org.stepwise.cases.domain.model.client.StepDownPlan;
import org.stepwise.cases.domain.model.measure.MeasureRepository;
import org.stepwise.cases.domain.model.measure.MeasureTrend;
import org.stepwise.cases.domain.model.overview.ClientOverview;
import org.stepwise.cases.domain.model.overview.FlagInputs;
import org.stepwise.cases.domain.model.overview.FlagRules;
import org.stepwise.cases.domain.model.overview.OverviewFacts;
import org.stepwise.cases.domain.model.overview.OverviewQueries;
import org.stepwise.cases.domain.model.overview.RecoveryFacts;
import org.stepwise.cases.domain.model.overview.ReportingWeeks;
import org.stepwise.cases.domain.model.overview.WeekAttendance;
import org.stepwise.cases.domain.model.recovery.TriggerLogRepository;
import org.stepwise.cases.domain.model.recovery.TriggerPattern;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The client overview: where the client stands and what needs attention, with the last 30 days of
 * the trigger log and the trend of each outcome measure (a fixed number of statements).
 */
@ApplicationScoped
@Transactional
public class OverviewService {

  static final int WEEKS = 4;

  @Inject private ClientAccess access;
  @Inject private OverviewQueries queries;
  @Inject private ProgramCalendar calendar;
  @Inject private TriggerLogRepository triggerLog;
  @Inject private MeasureRepository measures;

  @Audited(action = AuditAction.READ, record = "overview")
  public ClientOverview overview(@ClientId long clientId) {
    Client client = access.chart(clientId);
    LocalDate today = calendar.today();
    ReportingWeeks weeks = ReportingWeeks.endingBefore(today, WEEKS, calendar.zone());
    OverviewFacts facts = queries.factsFor(clientId, weeks, today, calendar.now());
    MeetingRequirement requirement = client.meetingRequirement();
    Integer perWeek = requirement == null ? null : requirement.perWeek();
    List<WeekAttendance> byWeek = new ArrayList<>();
    for (int i = 0; i < WEEKS; i++) {
      long attended = facts.attendedByWeek().get(i);
      byWeek.add(WeekAttendance.of(weeks.weekStarts().get(i), attended, perWeek));
    }
    StepDownPlan plan = client.stepDownPlan();
    FlagInputs inputs =
        new FlagInputs(
            client.status(),
            perWeek,
            facts.attendedByWeek().get(WEEKS - 1),
            facts.attendedByWeek().get(WEEKS - 2),
            facts.lastAttended(),
            plan == null ? null : plan.targetDate(),
            facts.goalsPastTarget(),
            new RecoveryFacts(
                client.recoveryStartDate(),
                facts.lastStepDown(),
                facts.lastLapse(),
                facts.lastRelapse()),
            facts.aftercare(),
            facts.alerts());
    return new ClientOverview(
        client.id(),
        client.displayName(),
        client.status().name(),
        client.currentLevel() == null ? null : client.currentLevel().code(),
        client.currentLevel() == null ? null : client.currentLevel().label(),
        client.currentLevelSince(),
        client.currentLevelSince() == null
            ? null
            : ChronoUnit.DAYS.between(client.currentLevelSince(), today),
        client.recoveryStartDate(),
        ChronoUnit.DAYS.between(client.recoveryStartDate(), today),
        facts.lastStepDown(),
        facts.lastStepDown() == null ? null : ChronoUnit.DAYS.between(facts.lastStepDown(), today),
        plan == null
            ? null
            : new ClientOverview.StepDownPlanView(
                plan.targetLevel().code(),
                plan.targetLevel().label(),
                plan.targetDate(),
                plan.criteria()),
        facts.goalsByStatus(),
        perWeek,
        byWeek,
        facts.attendedThisWeek(),
        facts.lastAttended(),
        TriggerPattern.of(
            triggerLog.inForceSince(clientId, TriggerPattern.windowStart(today)), today),
        MeasureTrend.of(measures.of(clientId)),
        FlagRules.flags(inputs, today, calendar.now()));
  }
}
