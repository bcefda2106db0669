package org.stepwise.cases.infrastructure.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/**
 * An Observation per aftercare appointment series in force in the period: how many of its
 * appointments were kept, missed, cancelled by the client, or cancelled or moved by the provider.
 */
final class AppointmentsSection implements SectionBuilder {

  private static final String CODES = Fhir.SYSTEM + "/CodeSystem/aftercare";

  @Override
  public Section section() {
    return Section.APPOINTMENTS;
  }

  @Override
  public void build(SummaryDocument document) {
    Composition.SectionComponent section = document.section("Aftercare appointments");
    List<String> lines = new ArrayList<>();
    for (SummaryFacts.AppointmentLine a : document.facts().appointments()) {
      String line = line(a);
      document.add(section, observation(document, a, line));
      lines.add(line);
    }
    section.setText(
        new XhtmlText().list(lines, "No aftercare appointments in the period.").narrative());
  }

  private static String line(SummaryFacts.AppointmentLine a) {
    int counted = a.kept() + a.missed() + a.cancelledByClient();
    return label(a.kind())
        + " with "
        + a.provider()
        + ": "
        + a.kept()
        + " kept, "
        + a.missed()
        + " missed, "
        + a.cancelledByClient()
        + " cancelled by the client, "
        + a.excused()
        + " cancelled or moved by the provider"
        + (counted == 0 ? "" : " (" + Math.round(100.0 * a.kept() / counted) + "% kept)");
  }

  private static String label(String kind) {
    String words = kind.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Observation observation(
      SummaryDocument document, SummaryFacts.AppointmentLine a, String line) {
    Observation o = Fhir.withId(new Observation());
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setCode(
        new CodeableConcept(
                new Coding(CODES, "appointment-adherence", "Aftercare appointment adherence"))
            .setText(label(a.kind()) + " appointments in the period"));
    o.setSubject(Fhir.ref(document.patient()));
    o.setEffective(Fhir.period(document.period().start(), document.period().end()));
    component(o, "kept", "Kept", a.kept());
    component(o, "missed", "Missed", a.missed());
    component(o, "cancelled-by-client", "Cancelled by the client", a.cancelledByClient());
    component(o, "excused", "Cancelled or moved by the provider", a.excused());
    o.setText(XhtmlText.of(line));
    return o;
  }

  private static void component(Observation o, String code, String display, int count) {
    o.addComponent()
        .setCode(new CodeableConcept(new Coding(CODES, code, display)))
        .setValue(
            new Quantity()
                .setValue(count)
                .setUnit("appointments")
                .setSystem("http://unitsofmeasure.org")
                .setCode("{appointments}"));
  }
}
