package org.stepwise.cases.interfaces.rest.recovery;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stepwise.cases.domain.model.recovery.ContactRole;
import org.stepwise.cases.domain.model.recovery.EmergencyContact;
import org.stepwise.cases.domain.model.recovery.RelapsePreventionPlan;
import org.stepwise.cases.domain.model.recovery.Trigger;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;
import org.stepwise.cases.interfaces.rest.problem.JsonRequest;
import org.stepwise.cases.interfaces.rest.problem.RequestRecord;

/**
 * A relapse-prevention plan as the case manager saves it: the whole plan, every section required
 * (an empty list for none), each with at most {@link RelapsePreventionPlan#MAX_ITEMS} entries.
 */
@Schema(
    name = "RelapsePreventionPlan",
    requiredProperties = {
      "triggers",
      "warningSigns",
      "copingSteps",
      "reasonsForRecovery",
      "emergencyContacts"
    })
public record PlanBody(
    List<TriggerBody> triggers,
    List<String> warningSigns,
    List<String> copingSteps,
    List<String> reasonsForRecovery,
    List<ContactBody> emergencyContacts)
    implements RequestRecord {

  private static final int TEXT = 1000;

  @Schema(name = "PlanTrigger")
  public record TriggerBody(
      @Schema(required = true) TriggerCategory category,
      @Schema(required = true, maxLength = TEXT) String description,
      @Schema(required = true, maxLength = TEXT) String plannedResponse) {}

  @Schema(name = "PlanEmergencyContact")
  public record ContactBody(
      @Schema(required = true) ContactRole role,
      @Schema(required = true, maxLength = 200) String name,
      @Schema(required = true, maxLength = 40) String phone,
      @Schema(required = true, maxLength = TEXT) String whenToCall) {}

  static PlanBody read(JsonRequest in) {
    int max = RelapsePreventionPlan.MAX_ITEMS;
    List<TriggerBody> triggers =
        in.objects("triggers", true, max, "category", "description", "plannedResponse").stream()
            .map(
                t ->
                    new TriggerBody(
                        t.enumValue("category", true, TriggerCategory.class),
                        t.text("description", true, TEXT),
                        t.text("plannedResponse", true, TEXT)))
            .toList();
    List<String> warningSigns = in.texts("warningSigns", true, max, TEXT);
    List<String> copingSteps = in.texts("copingSteps", true, max, TEXT);
    List<String> reasons = in.texts("reasonsForRecovery", true, max, TEXT);
    List<ContactBody> contacts =
        in.objects("emergencyContacts", true, max, "role", "name", "phone", "whenToCall").stream()
            .map(
                c ->
                    new ContactBody(
                        c.enumValue("role", true, ContactRole.class),
                        c.text("name", true, 200),
                        phone(c),
                        c.text("whenToCall", true, TEXT)))
            .toList();
    return new PlanBody(triggers, warningSigns, copingSteps, reasons, contacts);
  }

  /** A number a person can dial: digits with the usual separators, an optional leading +. */
  private static String phone(JsonRequest c) {
    String phone = c.text("phone", true, 40);
    if (phone != null && !phone.matches("\\+?[0-9][0-9 ().-]{1,38}")) {
      c.reject("phone", "INVALID_PHONE", "digits, spaces, ( ) . - and a leading +");
      return null;
    }
    return phone;
  }

  /** The plan, once {@link #read} found no problem. */
  public RelapsePreventionPlan plan() {
    return new RelapsePreventionPlan(
        triggers.stream()
            .map(t -> new Trigger(t.category(), t.description(), t.plannedResponse()))
            .toList(),
        warningSigns,
        copingSteps,
        reasonsForRecovery,
        emergencyContacts.stream()
            .map(c -> new EmergencyContact(c.role(), c.name(), c.phone(), c.whenToCall()))
            .toList());
  }
}
