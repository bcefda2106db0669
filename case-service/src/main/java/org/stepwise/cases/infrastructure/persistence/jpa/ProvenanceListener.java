package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import java.time.Clock;
import org.stepwise.cases.domain.shared.Provenance;
import org.stepwise.cases.domain.shared.Recorded;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/** Sets who recorded an entity and when, in one place, as it is first stored. */
public class ProvenanceListener {

  @PrePersist
  void recordProvenance(Object entity) {
    if (entity instanceof Recorded recorded && recorded.provenance() == null) {
      CurrentUser user = CDI.current().select(CurrentUser.class).get();
      Clock clock = CDI.current().select(Clock.class).get();
      recorded.recordProvenance(new Provenance(user.username(), clock.instant()));
    }
  }
}
