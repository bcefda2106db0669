package org.stepwise.cases.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * The audit interceptor's transactions, in the container: a successful operation's event is part of
 * the caller's transaction (it stands or falls with what it records), and a refused or failed one
 * is written on its own, so that rolling the caller back cannot erase the trace of the attempt.
 */
@ExtendWith(ContainerDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AuditTransactionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.audit("audit-it", AuditTransactionsIT.class, Probe.class);
  }

  /** An audited operation of the kind application services have, one that succeeds and one not. */
  @ApplicationScoped
  @Transactional
  public static class Probe {

    /** The record read; the interceptor names it in the event. */
    public record Read(Long id) {}

    @Audited(action = AuditAction.READ, record = "client")
    public Read read(@ClientId long clientId) {
      return new Read(clientId);
    }

    @Audited(action = AuditAction.UPDATE, record = "client")
    public void missing(@ClientId long clientId) {
      throw new NotFound("client", clientId);
    }
  }

  @Inject private Probe probe;
  @Resource private UserTransaction tx;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource db;

  @Test
  void aSuccessfulReadIsAuditedInTheCallersTransaction() throws Exception {
    long committed = 910_001;
    tx.begin();
    probe.read(committed);
    tx.commit();
    assertEquals(1, events(committed, "READ", "SUCCESS"));

    long rolledBack = 910_002;
    tx.begin();
    probe.read(rolledBack);
    tx.rollback();
    assertEquals(0, events(rolledBack, "READ", "SUCCESS"), "it stands or falls with the caller");
  }

  @Test
  void aFailedOperationIsAuditedEvenWhenTheCallerRollsBack() throws Exception {
    long client = 910_003;
    tx.begin();
    assertThrows(NotFound.class, () -> probe.missing(client));
    tx.rollback();
    assertEquals(1, events(client, "UPDATE", "NOT_FOUND"));
  }

  private long events(long client, String action, String outcome) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE client_id = ? AND action = ?"
                    + " AND outcome = ?")) {
      s.setLong(1, client);
      s.setString(2, action);
      s.setString(3, outcome);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
