package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.cases.domain.model.attention.AttentionChanges;
import org.stepwise.cases.domain.model.attention.AttentionItem;
import org.stepwise.cases.domain.model.attention.AttentionRepository;
import org.stepwise.cases.domain.model.attention.RuleCount;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.overview.Flag;
import org.stepwise.cases.domain.model.overview.OverviewQueries;
import org.stepwise.cases.domain.model.overview.ReportingWeeks;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/**
 * Attention items: evaluated from the clients' flags after every change that can raise one (in the
 * same transaction, so a PHQ-9 with item 9 above 0 is an URGENT item when its request answers) and
 * by the attention run for the time-based rules; read, acknowledged and resolved by the client's
 * case manager or an admin.
 */
@ApplicationScoped
@Transactional
public class AttentionService {

  @Inject private AttentionRepository items;
  @Inject private OverviewQueries overview;
  @Inject private ClientAccess access;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  /** The worklist as the caller is answered it. */
  public record Worklist(List<AttentionItem> items) {
    /** For the audit trail: one read event per client listed. */
    public List<Long> clientIds() {
      return items.stream().map(AttentionItem::clientId).distinct().toList();
    }
  }

  /** How many clients an attention run looked at and what it changed. */
  public record Run(int clients, int opened, int resolved) {}

  /**
   * Opens the items whose rule now holds and resolves those whose rule cleared, for these clients
   * (every active client: null). Called by the services whose changes can raise an item.
   */
  public Run evaluate(Collection<Long> clientIds) {
    LocalDate today = calendar.today();
    ReportingWeeks weeks = ReportingWeeks.endingBefore(today, 1, calendar.zone());
    Map<Long, Set<Flag>> flags = overview.flags(clientIds, weeks, today, calendar.now());
    AttentionChanges changes = AttentionChanges.between(flags, items.unresolved(clientIds));
    items.open(changes.toOpen(), calendar.now());
    items.autoResolve(changes.toResolve(), calendar.now());
    return new Run(flags.size(), changes.toOpen().size(), changes.toResolve().size());
  }

  /** The daily run over every active client (the time-based rules: days without a meeting, …). */
  @Audited(action = AuditAction.UPDATE, record = "attention-run")
  public Run run() {
    return evaluate(null);
  }

  /**
   * Items not resolved, urgent first: a case manager's own clients'; an admin's of everyone, or of
   * the case manager whose login is {@code caseManager}.
   */
  @Audited(action = AuditAction.READ, record = "attention")
  public Worklist worklist(String caseManager) {
    return new Worklist(items.worklist(access.caseloadOwner(caseManager)));
  }

  /** The program's counts per rule (items not resolved): no client in them. */
  public List<RuleCount> counts() {
    return items.counts();
  }

  /** A client's items, resolved ones with how they ended, and the notifications sent of each. */
  @Audited(action = AuditAction.READ, record = "attention")
  public List<AttentionItem> history(@ClientId long clientId) {
    access.chart(clientId);
    return items.ofClient(clientId);
  }

  @Audited(action = AuditAction.UPDATE, record = "attention")
  public AttentionItem acknowledge(long id) {
    AttentionItem item = mine(id);
    if (!items.acknowledge(id, user.username(), calendar.now())) {
      throw new Conflict("status", "NOT_OPEN", "the item was acknowledged or resolved meanwhile");
    }
    return items.find(item.id()).orElseThrow();
  }

  @Audited(action = AuditAction.UPDATE, record = "attention")
  public AttentionItem resolve(long id, String outcome) {
    AttentionItem item = mine(id);
    if (!items.resolve(id, user.username(), calendar.now(), outcome)) {
      throw new Conflict("status", "RESOLVED", "the item was resolved meanwhile");
    }
    return items.find(item.id()).orElseThrow();
  }

  /** The item, if its client's chart is the caller's; otherwise as if it did not exist. */
  private AttentionItem mine(long id) {
    AttentionItem item = items.find(id).orElseThrow(() -> new NotFound("attention item", id));
    try {
      access.chart(item.clientId());
    } catch (NotFound e) {
      throw new OutOfScope("attention item", id);
    }
    return item;
  }
}
