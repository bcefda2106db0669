package org.stepwise.cases.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.cases.domain.model.client.CaseManager;
import org.stepwise.cases.domain.model.client.Client;
import org.stepwise.cases.domain.model.client.ClientRepository;
import org.stepwise.cases.domain.model.client.PersonalDetails;
import org.stepwise.cases.domain.model.client.Referral;

/**
 * In Payara Micro (Arquillian, managed container) against a real PostgreSQL migrated by the
 * application's own Flyway start-up: every JPA mapping reads from the schema the migrations made,
 * and an entity stored through its repository comes back field for field, with its provenance set
 * by the listener that orm.xml declares.
 */
@ExtendWith(ContainerDatabase.class)
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.persistence("persistence-it", PersistenceIT.class);
  }

  @PersistenceContext private EntityManager em;
  @Inject private ClientRepository clients;
  @Resource private UserTransaction tx;

  @Test
  void everyMappedEntityReadsFromTheMigratedSchema() {
    List<String> failed = new ArrayList<>();
    for (EntityType<?> entity : em.getMetamodel().getEntities()) {
      try {
        em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
            .setMaxResults(1)
            .getResultList();
      } catch (RuntimeException e) {
        failed.add(entity.getName() + ": " + e.getClass().getSimpleName());
      }
    }
    assertTrue(em.getMetamodel().getEntities().size() >= 8, "entities mapped");
    assertEquals(List.of(), failed);
  }

  @Test
  void aClientComesBackAsStoredWithItsProvenance() throws Exception {
    LocalDate today = LocalDate.now();
    Client stored =
        new Client(
            new PersonalDetails("Robin", "Arquillian", LocalDate.of(1990, 2, 3), null, null),
            today.minusDays(30),
            new CaseManager("0b6f3c4e-1c1a-4d0e-9a11-000000000001", "cm.rivera"),
            new Referral("RIVERSIDE", "dr.chen"),
            today);
    tx.begin();
    clients.add(stored);
    tx.commit();
    em.clear();

    tx.begin();
    Client read = clients.find(stored.id()).orElseThrow();
    tx.commit();
    assertEquals("Arquillian", read.person().familyName());
    assertEquals(LocalDate.of(1990, 2, 3), read.person().dateOfBirth());
    assertEquals(today.minusDays(30), read.recoveryStartDate());
    assertEquals("RIVERSIDE", read.referral().clinic());
    assertNotNull(read.provenance(), "the listener declared in orm.xml set it");
    assertEquals("system", read.provenance().recordedBy());
    assertNotNull(read.provenance().recordedAt());
  }
}
