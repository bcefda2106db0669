package org.stepwise.cases.domain.model.summary;

import java.util.List;
import java.util.Optional;

/** Where the narratives for the clinic are kept. */
public interface ClinicNarrativeRepository {

  Optional<ClinicNarrative> find(long clientId, Period period);

  /** The client's narratives, latest period first. */
  List<ClinicNarrative> of(long clientId);

  /** Stores the narrative's version; false when another save took that version first. */
  boolean save(ClinicNarrative narrative);
}
