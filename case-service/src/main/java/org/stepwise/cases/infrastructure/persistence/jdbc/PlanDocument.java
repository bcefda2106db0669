package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.stepwise.cases.domain.model.recovery.ContactRole;
import org.stepwise.cases.domain.model.recovery.EmergencyContact;
import org.stepwise.cases.domain.model.recovery.RelapsePreventionPlan;
import org.stepwise.cases.domain.model.recovery.Trigger;
import org.stepwise.cases.domain.model.recovery.TriggerCategory;

/**
 * A relapse-prevention plan as the database keeps it: one JSON document with a field per section.
 * Its field names are the storage format, written here only, so renaming a Java type changes no
 * stored version.
 */
final class PlanDocument {

  private PlanDocument() {}

  static String write(RelapsePreventionPlan plan) {
    JsonArrayBuilder triggers = Json.createArrayBuilder();
    for (Trigger t : plan.triggers()) {
      triggers.add(
          Json.createObjectBuilder()
              .add("category", t.category().name())
              .add("description", t.description())
              .add("plannedResponse", t.plannedResponse()));
    }
    JsonArrayBuilder contacts = Json.createArrayBuilder();
    for (EmergencyContact c : plan.emergencyContacts()) {
      contacts.add(
          Json.createObjectBuilder()
              .add("role", c.role().name())
              .add("name", c.name())
              .add("phone", c.phone())
              .add("whenToCall", c.whenToCall()));
    }
    return Json.createObjectBuilder()
        .add("triggers", triggers)
        .add("warningSigns", Json.createArrayBuilder(plan.warningSigns()))
        .add("copingSteps", Json.createArrayBuilder(plan.copingSteps()))
        .add("reasonsForRecovery", Json.createArrayBuilder(plan.reasonsForRecovery()))
        .add("emergencyContacts", contacts)
        .build()
        .toString();
  }

  static RelapsePreventionPlan read(String document) {
    JsonObject o;
    try (var reader = Json.createReader(new StringReader(document))) {
      o = reader.readObject();
    }
    return new RelapsePreventionPlan(
        o.getJsonArray("triggers").getValuesAs(JsonObject.class).stream()
            .map(
                t ->
                    new Trigger(
                        TriggerCategory.valueOf(t.getString("category")),
                        t.getString("description"),
                        t.getString("plannedResponse")))
            .toList(),
        texts(o.getJsonArray("warningSigns")),
        texts(o.getJsonArray("copingSteps")),
        texts(o.getJsonArray("reasonsForRecovery")),
        o.getJsonArray("emergencyContacts").getValuesAs(JsonObject.class).stream()
            .map(
                c ->
                    new EmergencyContact(
                        ContactRole.valueOf(c.getString("role")),
                        c.getString("name"),
                        c.getString("phone"),
                        c.getString("whenToCall")))
            .toList());
  }

  private static List<String> texts(JsonArray a) {
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
