package org.stepwise.cases.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.audit.AuditEvent;
import org.stepwise.cases.domain.model.audit.AuditOutcome;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Records a disclosure that happened outside the request itself (a clinic confirmed receipt): a
 * DISCLOSE event naming the record, the client and the consent, in the caller's transaction.
 */
@ApplicationScoped
public class Disclosures {

  @Inject private CurrentUser user;
  @Inject private RequestOrigin origin;
  @Inject private AuditRecorder recorder;
  @Inject private Clock clock;

  public void disclosed(
      String operation, String recordType, long recordId, long clientId, long consentId) {
    recorder.withOperation(
        List.of(
            new AuditEvent(
                clock.instant(),
                user.subject(),
                user.username(),
                String.join(",", user.roles()),
                AuditAction.DISCLOSE,
                operation,
                recordType,
                Long.toString(recordId),
                clientId,
                AuditOutcome.SUCCESS,
                origin.address(),
                consentId)));
  }
}
