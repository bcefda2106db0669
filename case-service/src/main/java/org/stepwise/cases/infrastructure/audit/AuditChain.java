package org.stepwise.cases.infrastructure.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.stepwise.cases.domain.model.audit.AuditTrail;

/**
 * Keeps the audit trail's hash chain up with its events: every second, and before every
 * verification, the events committed since are linked (V17: linking inside each request's commit
 * queued every audited request of the program on one row). Several replicas may all run it; the
 * chain's head is locked while it grows, so they take turns.
 */
@Singleton
public class AuditChain {

  private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());

  /** Events linked per statement; a larger backlog takes several. */
  static final int BATCH = 5_000;

  @Inject private AuditTrail trail;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void everySecond() {
    try {
      extendAll();
    } catch (RuntimeException e) {
      // the next second tries again; the message carries an SQL state, never an event's content
      LOG.warning(e.getMessage());
    }
  }

  /** Links every event committed so far. */
  public void extendAll() {
    while (trail.extendChain(BATCH) == BATCH) {
      // a backlog larger than one statement's batch: link the next
    }
  }
}
