package org.stepwise.cases.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who recorded a record and when; filled in one place (the persistence listener). */
@Embeddable
public class Provenance {

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Provenance() {}

  public Provenance(String recordedBy, Instant recordedAt) {
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
