package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.recovery.EmergencyContact;
import org.stepwise.cases.domain.model.recovery.PlanVersion;
import org.stepwise.cases.domain.model.recovery.RelapsePreventionPlan;
import org.stepwise.cases.domain.model.recovery.RelapsePreventionPlanRepository;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.StaleVersion;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * The relapse-prevention plan: kept by whoever keeps the chart, every save a new version. A house
 * manager reads only its emergency contacts, and only for a current resident of their house.
 */
@ApplicationScoped
@Transactional
public class RelapsePreventionPlanService {

  @Inject private ClientAccess access;
  @Inject private HouseAccess houses;
  @Inject private RelapsePreventionPlanRepository plans;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** The latest version, or version 0 with an empty plan for a client who has none yet. */
  @Audited(action = AuditAction.READ, record = "relapse-prevention-plan")
  public PlanVersion current(@ClientId long clientId) {
    access.chart(clientId);
    return plans.latest(clientId).orElseGet(() -> none(clientId));
  }

  @Audited(action = AuditAction.READ, record = "relapse-prevention-plan")
  public List<PlanVersion> versions(@ClientId long clientId) {
    access.chart(clientId);
    return plans.versions(clientId);
  }

  @Audited(action = AuditAction.READ, record = "relapse-prevention-plan")
  public PlanVersion version(@ClientId long clientId, int number) {
    access.chart(clientId);
    return plans
        .version(clientId, number)
        .orElseThrow(() -> new NotFound("relapse-prevention plan version", number));
  }

  /** Saves the plan as the version after {@code expected}, which must be the latest. */
  @Audited(action = AuditAction.CREATE, record = "relapse-prevention-plan")
  public PlanVersion save(@ClientId long clientId, long expected, RelapsePreventionPlan plan) {
    access.chartForChange(clientId);
    PlanVersion next =
        PlanVersion.next(
            clientId,
            plans.latest(clientId).orElse(null),
            expected,
            plan,
            user.username(),
            calendar.now());
    if (!plans.add(next)) {
      throw new StaleVersion(expected, next.number());
    }
    return next;
  }

  /**
   * Who to call in a crisis: for the chart's keepers, and for the managers of the house the client
   * lives in now (a resident in crisis at night is the house's first call). Nothing else of the
   * plan reaches a house manager.
   */
  @Audited(action = AuditAction.READ, record = "emergency-contacts")
  public List<EmergencyContact> emergencyContacts(@ClientId long clientId) {
    if (user.hasRole(CurrentUser.PROGRAM_ADMIN) || user.hasRole(CurrentUser.CASE_MANAGER)) {
      access.chart(clientId);
    } else {
      houses.currentResidency(clientId);
    }
    return plans.latest(clientId).map(v -> v.plan().emergencyContacts()).orElse(List.of());
  }

  private static PlanVersion none(long clientId) {
    return new PlanVersion(clientId, PlanVersion.NONE, RelapsePreventionPlan.EMPTY, null, null);
  }
}
