package org.stepwise.cases.infrastructure.persistence.jpa;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import java.time.Clock;
import org.stepwise.cases.domain.shared.Provenance;
import org.stepwise.cases.domain.shared.RecordedEntity;
import org.stepwise.cases.infrastructure.security.CurrentUser;

/**
 * Sets who recorded an entity and when, in one place, as it is first stored (declared as the
 * default entity listener in {@code META-INF/orm.xml}).
 */
public class ProvenanceListener {

  @PrePersist
  void recordProvenance(Object entity) {
    if (entity instanceof RecordedEntity recorded && recorded.provenance() == null) {
      CurrentUser user = CDI.current().select(CurrentUser.class).get();
      Clock clock = CDI.current().select(Clock.class).get();
      recorded.recordProvenance(new Provenance(user.username(), clock.instant()));
    }
  }
}
