package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditTrail;

/**
 * Writes audit events: with the operation's own transaction when it succeeds (both commit or
 * neither), in a transaction of their own when it fails (the failure is kept though the work rolls
 * back).
 */
@ApplicationScoped
public class AuditRecorder {

  @Inject private AuditTrail trail;

  @Transactional(TxType.REQUIRED)
  public void withOperation(List<AuditEvent> events) {
    trail.append(events);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void onItsOwn(List<AuditEvent> events) {
    trail.append(events);
  }
}
