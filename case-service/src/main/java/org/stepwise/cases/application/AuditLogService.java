package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditQuery;
import org.stepwise.cases.domain.model.audit.AuditTrail;
import org.stepwise.cases.domain.model.audit.ChainVerification;
import org.stepwise.cases.domain.model.audit.RecordedAuditEvent;
import org.stepwise.cases.domain.shared.AccessDenied;
import org.stepwise.cases.infrastructure.audit.AuditChain;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Reading the audit trail: program admins only, and the reading is itself audited. */
@ApplicationScoped
@Transactional
public class AuditLogService {

  @Inject private AuditTrail trail;
  @Inject private AuditChain chain;
  @Inject private CurrentUser user;

  @Audited(action = AuditAction.READ, record = "audit-log")
  public List<RecordedAuditEvent> search(AuditQuery query) {
    if (!user.hasRole(CurrentUser.PROGRAM_ADMIN)) {
      throw new AccessDenied("audit", "the audit trail is for program admins");
    }
    return trail.search(query);
  }

  /** Recomputes the trail's hash chain (program admins only; the check is itself audited). */
  @Audited(action = AuditAction.READ, record = "audit-chain")
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ChainVerification verify() {
    if (!user.hasRole(CurrentUser.PROGRAM_ADMIN)) {
      throw new AccessDenied("audit", "the audit trail is for program admins");
    }
    // everything written so far is linked first (and committed: the chain's head is not held
    // while the whole chain is recomputed)
    chain.extendAll();
    return trail.verify();
  }
}
