package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.cases.domain.model.attention.CaseloadOrder;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.CaseManager;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientRepository;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.client.MeetingRequirement;
import org.stepwise.cases.domain.model.client.PersonalDetails;
import org.stepwise.cases.domain.model.client.Referral;
import org.stepwise.cases.domain.model.client.StepDownPlan;
import org.stepwise.cases.domain.model.overview.CaseloadPage;
import org.stepwise.cases.domain.model.overview.CaseloadQuery;
import org.stepwise.cases.domain.model.overview.CaseloadRow;
import org.stepwise.cases.domain.model.overview.OverviewQueries;
import org.stepwise.cases.domain.model.overview.ReportingWeeks;
import org.stepwise.cases.domain.shared.AccessDenied;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Registering clients, keeping their record and plan, and searching the caseload. */
@ApplicationScoped
@Transactional
public class ClientService {

  @Inject private ClientRepository clients;
  @Inject private ClientAccess access;
  @Inject private OverviewQueries overviews;
  @Inject private CurrentUser user;
  @Inject private StaffService staff;
  @Inject private ProgramCalendar calendar;

  /** What a case manager enters about a client. */
  public record ClientDetails(
      PersonalDetails person,
      LocalDate recoveryStartDate,
      ClientStatus status,
      String caseManager,
      Referral referral) {}

  @Audited(action = AuditAction.CREATE)
  public Client register(ClientDetails details) {
    Client client =
        new Client(
            details.person(),
            details.recoveryStartDate(),
            assignee(details.caseManager()),
            details.referral(),
            calendar.today());
    clients.add(client);
    return client;
  }

  @Audited(action = AuditAction.READ)
  public Client get(@ClientId long clientId) {
    return access.chart(clientId);
  }

  @Audited(action = AuditAction.UPDATE)
  public Client update(@ClientId long clientId, long expectedVersion, ClientDetails details) {
    Client client = access.chart(clientId);
    client.expectVersion(expectedVersion);
    client.update(
        details.person(),
        details.recoveryStartDate(),
        details.status() == null ? client.status() : details.status(),
        details.caseManager() == null || details.caseManager().equals(client.caseManager())
            ? null
            : assignee(details.caseManager()),
        details.referral(),
        calendar.today());
    clients.saveChanges(client);
    return client;
  }

  @Audited(action = AuditAction.UPDATE, record = "step-down-plan")
  public Client planStepDown(@ClientId long clientId, long expectedVersion, StepDownPlan plan) {
    Client client = access.chart(clientId);
    client.expectVersion(expectedVersion);
    if (plan.targetDate() != null && plan.targetDate().isBefore(calendar.today())) {
      throw new RuleViolation("targetDate", "PAST_DATE", "a plan's target date is not in the past");
    }
    client.planStepDown(plan);
    clients.saveChanges(client);
    return client;
  }

  @Audited(action = AuditAction.UPDATE, record = "meeting-requirement")
  public Client requireMeetings(
      @ClientId long clientId, long expectedVersion, MeetingRequirement requirement) {
    Client client = access.chart(clientId);
    client.expectVersion(expectedVersion);
    client.requireMeetings(requirement);
    clients.saveChanges(client);
    return client;
  }

  /** Moves a client to another case manager's caseload (program admins only). */
  @Audited(action = AuditAction.UPDATE, record = "assignment")
  public Client assign(@ClientId long clientId, long expectedVersion, String caseManager) {
    if (!user.hasRole(CurrentUser.PROGRAM_ADMIN)) {
      throw new AccessDenied("caseManager", "only a program admin assigns clients");
    }
    Client client = access.chart(clientId);
    client.expectVersion(expectedVersion);
    client.assignTo(staff.caseManager(caseManager));
    clients.saveChanges(client);
    return client;
  }

  /**
   * A page of the caseload the caller may see: the whole matching caseload is flagged, filtered by
   * flag and sorted before the page is cut, so the total and the order are the caseload's, not the
   * page's.
   */
  @Audited(action = AuditAction.READ)
  public CaseloadPage search(CaseloadQuery query) {
    List<CaseloadRow> matching =
        overviews.caseload(
            query.ownedBy(access.caseloadOwner(query.caseManager())),
            ReportingWeeks.endingBefore(calendar.today(), 1, calendar.zone()),
            calendar.today(),
            calendar.now());
    if (query.flag() != null) {
      matching = matching.stream().filter(r -> r.flags().contains(query.flag())).toList();
    }
    List<CaseloadRow> sorted = CaseloadOrder.sorted(matching, query.sort(), query.descending());
    int from = (int) Math.min((long) query.page() * query.size(), sorted.size());
    int to = Math.min(from + query.size(), sorted.size());
    long flagged = sorted.stream().filter(r -> !r.flags().isEmpty()).count();
    return new CaseloadPage(
        List.copyOf(sorted.subList(from, to)), sorted.size(), flagged, query.page(), query.size());
  }

  /** Case managers register clients onto their own caseload; admins assign anyone. */
  private CaseManager assignee(String requested) {
    if (user.hasRole(CurrentUser.PROGRAM_ADMIN) && requested != null && !requested.isBlank()) {
      return staff.caseManager(requested);
    }
    if (user.hasRole(CurrentUser.CASE_MANAGER)
        && requested != null
        && !requested.equals(user.username())) {
      throw new AccessDenied(
          "caseManager", "only a program admin assigns clients to case managers");
    }
    if (requested == null && !user.hasRole(CurrentUser.CASE_MANAGER)) {
      throw new RuleViolation("caseManager", "REQUIRED", "name the client's case manager");
    }
    return new CaseManager(user.subject(), user.username());
  }
}
