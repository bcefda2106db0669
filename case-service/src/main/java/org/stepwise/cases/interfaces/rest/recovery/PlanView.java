package org.stepwise.cases.interfaces.rest.recovery;

import java.time.Instant;
import java.util.List;
import org.stepwise.cases.domain.model.recovery.EmergencyContact;
import org.stepwise.cases.domain.model.recovery.PlanVersion;
import org.stepwise.cases.domain.model.recovery.Trigger;

/** One version of a plan as saved: version 0 (nobody, never) when the client has none yet. */
public record PlanView(
    int version,
    String savedBy,
    Instant savedAt,
    List<Trigger> triggers,
    List<String> warningSigns,
    List<String> copingSteps,
    List<String> reasonsForRecovery,
    List<EmergencyContact> emergencyContacts) {

  static PlanView of(PlanVersion v) {
    return new PlanView(
        v.number(),
        v.savedBy(),
        v.savedAt(),
        v.plan().triggers(),
        v.plan().warningSigns(),
        v.plan().copingSteps(),
        v.plan().reasonsForRecovery(),
        v.plan().emergencyContacts());
  }

  /** A version in the history list: who saved it and when, the plan one call away. */
  public record Saved(int version, String savedBy, Instant savedAt) {
    static Saved of(PlanVersion v) {
      return new Saved(v.number(), v.savedBy(), v.savedAt());
    }
  }

  /** What a house manager may see of the plan. */
  public record Emergency(List<EmergencyContact> emergencyContacts) {}
}
