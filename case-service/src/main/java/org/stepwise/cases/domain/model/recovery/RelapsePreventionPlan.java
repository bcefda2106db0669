package org.stepwise.cases.domain.model.recovery;

import java.util.List;

/**
 * A client's relapse-prevention plan, as one version holds it: triggers with their planned
 * responses, early warning signs, coping steps, reasons for recovery and the emergency action plan.
 */
public record RelapsePreventionPlan(
    List<Trigger> triggers,
    List<String> warningSigns,
    List<String> copingSteps,
    List<String> reasonsForRecovery,
    List<EmergencyContact> emergencyContacts) {

  /** Most items a section holds: a plan a person can keep in their head, not a record dump. */
  public static final int MAX_ITEMS = 50;

  public static final RelapsePreventionPlan EMPTY =
      new RelapsePreventionPlan(List.of(), List.of(), List.of(), List.of(), List.of());

  public RelapsePreventionPlan {
    triggers = List.copyOf(triggers);
    warningSigns = List.copyOf(warningSigns);
    copingSteps = List.copyOf(copingSteps);
    reasonsForRecovery = List.copyOf(reasonsForRecovery);
    emergencyContacts = List.copyOf(emergencyContacts);
  }
}
