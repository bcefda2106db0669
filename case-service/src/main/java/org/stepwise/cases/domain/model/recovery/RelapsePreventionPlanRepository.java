package org.stepwise.cases.domain.model.recovery;

import java.util.List;
import java.util.Optional;

/** Where plan versions are kept: added, never changed. */
public interface RelapsePreventionPlanRepository {

  Optional<PlanVersion> latest(long clientId);

  Optional<PlanVersion> version(long clientId, int number);

  /** Every version, oldest first. */
  List<PlanVersion> versions(long clientId);

  /**
   * Stores the version; false when another save took its number first (two saves against the same
   * version: the later one is stale).
   */
  boolean add(PlanVersion version);
}
