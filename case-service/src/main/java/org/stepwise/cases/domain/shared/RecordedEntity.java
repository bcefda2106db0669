package org.stepwise.cases.domain.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity that carries who recorded it and when. The provenance is filled in one place, a default
 * entity listener declared in {@code META-INF/orm.xml}, as the entity is first stored; the domain
 * does not know how.
 */
@MappedSuperclass
public abstract class RecordedEntity {

  @Embedded private Provenance provenance;

  public Provenance provenance() {
    return provenance;
  }

  /** Set once, by the persistence listener, when the entity is first stored. */
  public void recordProvenance(Provenance provenance) {
    if (this.provenance == null) {
      this.provenance = provenance;
    }
  }
}
