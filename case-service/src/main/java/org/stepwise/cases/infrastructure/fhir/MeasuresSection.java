package org.stepwise.cases.infrastructure.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/**
 * An Observation per instrument: its latest total score of the period, LOINC-coded where a total
 * has a code (PHQ-9 44261-6, GAD-7 70274-6; BARC-10 has none, so a local code), with the band and
 * the change since the score before the period.
 */
final class MeasuresSection implements SectionBuilder {

  private static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  private static final Map<Instrument, Coding> CODES =
      Map.of(
          Instrument.PHQ_9,
          new Coding(
              Fhir.LOINC,
              "44261-6",
              "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
          Instrument.GAD_7,
          new Coding(
              Fhir.LOINC,
              "70274-6",
              "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
          Instrument.BARC_10,
          new Coding(
              Fhir.SYSTEM + "/CodeSystem/measures",
              "barc-10-total",
              "Brief Assessment of Recovery Capital (BARC-10) total score"));

  @Override
  public Section section() {
    return Section.MEASURES;
  }

  @Override
  public void build(SummaryDocument document) {
    Composition.SectionComponent section = document.section("Outcome measures");
    List<String> lines = new ArrayList<>();
    for (SummaryFacts.MeasureLine m : document.facts().measures()) {
      String line = line(m);
      document.add(section, observation(document, m, line));
      lines.add(line);
    }
    section.setText(
        new XhtmlText()
            .list(lines, "No outcome measure was administered in the period.")
            .narrative());
  }

  private static String line(SummaryFacts.MeasureLine m) {
    StringBuilder line =
        new StringBuilder(m.instrument().title())
            .append(" on ")
            .append(m.administeredOn())
            .append(": ")
            .append(m.total())
            .append(" (")
            .append(band(m))
            .append(")");
    if (m.previousTotal() != null) {
      int change = m.total() - m.previousTotal();
      line.append(change == 0 ? ", unchanged" : change > 0 ? ", up " + change : ", down " + -change)
          .append(" since ")
          .append(m.previousOn());
    }
    if (m.flags().contains(MeasureFlag.SELF_HARM_THOUGHTS)) {
      line.append("; item 9 (thoughts of self-harm) answered above 0");
    }
    return line.toString();
  }

  private static String band(SummaryFacts.MeasureLine m) {
    return switch (m.band()) {
      case BELOW_REMISSION_CUTOFF -> "below 47, the cut-off associated with sustained remission";
      case AT_OR_ABOVE_REMISSION_CUTOFF -> "at or above 47, the remission cut-off";
      default -> m.band().name().toLowerCase().replace('_', ' ');
    };
  }

  private static Observation observation(
      SummaryDocument document, SummaryFacts.MeasureLine m, String line) {
    Observation o = Fhir.withId(new Observation());
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
    Coding code = CODES.get(m.instrument());
    o.setCode(new CodeableConcept(code.copy()).setText(code.getDisplay()));
    o.setSubject(Fhir.ref(document.patient()));
    o.setEffective(new DateTimeType(m.administeredOn().toString()));
    o.setValue(
        new Quantity()
            .setValue(m.total())
            .setUnit("score")
            .setSystem("http://unitsofmeasure.org")
            .setCode("{score}"));
    o.addInterpretation().setText(band(m));
    o.setText(XhtmlText.of(line));
    return o;
  }
}
