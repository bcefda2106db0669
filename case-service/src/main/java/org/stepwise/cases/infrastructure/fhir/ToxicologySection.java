package org.stepwise.cases.infrastructure.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestResult;

/**
 * An Observation per drug test collected in the period: the panel by method (a local code: we have
 * not checked which LOINC panel codes fit each house's cups and breathalysers, so none is claimed),
 * the overall result as the standard interpretation (POS / NEG) or, for a test not taken or not
 * readable, the standard data-absent reason, one component per substance tested, and the case
 * manager's note when a prescription explains a positive result.
 */
final class ToxicologySection implements SectionBuilder {

  private static final String CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  private static final String INTERPRETATION =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
  private static final String ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  private static final String PANELS = Fhir.SYSTEM + "/CodeSystem/drug-test-panels";
  private static final String SUBSTANCES = Fhir.SYSTEM + "/CodeSystem/substances";
  private static final String RESULTS = Fhir.SYSTEM + "/CodeSystem/drug-test-results";

  @Override
  public Section section() {
    return Section.TOXICOLOGY;
  }

  @Override
  public void build(SummaryDocument document) {
    Composition.SectionComponent section = document.section("Drug and alcohol tests");
    List<String> lines = new ArrayList<>();
    for (SummaryFacts.TestLine t : document.facts().drugTests()) {
      String line = line(t);
      document.add(section, observation(document, t, line));
      lines.add(line);
    }
    section.setText(
        new XhtmlText()
            .list(lines, "No drug or alcohol test was collected in the period.")
            .narrative());
  }

  private static String words(Enum<?> code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String line(SummaryFacts.TestLine t) {
    StringBuilder line =
        new StringBuilder(t.collectedAt().toLocalDate().toString())
            .append(": ")
            .append(words(t.method()))
            .append(" test (")
            .append(words(t.reason()))
            .append("), ")
            .append(words(t.result()));
    if (!t.positive().isEmpty()) {
      line.append(" for ").append(list(t.positive()));
    }
    if (!t.tested().isEmpty()) {
      line.append("; panel: ").append(list(t.tested()));
    }
    if (t.labConfirmed()) {
      line.append("; confirmed by a laboratory");
    }
    if (t.explanation() != null) {
      line.append("; explained by a prescription: ").append(t.explanation());
    }
    return line.toString();
  }

  private static String list(java.util.Set<Substance> substances) {
    return substances.stream().map(ToxicologySection::words).collect(Collectors.joining(", "));
  }

  private static Observation observation(
      SummaryDocument document, SummaryFacts.TestLine t, String line) {
    Observation o = Fhir.withId(new Observation());
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(new CodeableConcept(new Coding(CATEGORY, "laboratory", "Laboratory")));
    String panel = t.method().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-drug-test";
    String display = "Drug and alcohol test, " + words(t.method());
    o.setCode(new CodeableConcept(new Coding(PANELS, panel, display)).setText(display));
    o.setSubject(Fhir.ref(document.patient()));
    // seconds always written: FHIR's dateTime has no minute precision
    o.setEffective(
        new DateTimeType(
            t.collectedAt().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    o.setMethod(Fhir.text(words(t.method())));
    switch (t.result()) {
      case POSITIVE, NEGATIVE -> {
        o.addInterpretation(interpretation(t.result()));
        o.setValue(
            new CodeableConcept(
                    new Coding(
                        RESULTS, t.result().name().toLowerCase(Locale.ROOT), words(t.result())))
                .setText(words(t.result())));
      }
      case DILUTE ->
          o.setValue(
              new CodeableConcept(new Coding(RESULTS, "dilute", "Dilute specimen"))
                  .setText("dilute specimen"));
      case INVALID -> o.setDataAbsentReason(absent("error", "Error"));
      case REFUSED -> o.setDataAbsentReason(absent("asked-declined", "Asked But Declined"));
      case MISSED -> o.setDataAbsentReason(absent("not-performed", "Not Performed"));
    }
    for (Substance s : t.tested()) {
      boolean positive = t.positive().contains(s);
      o.addComponent()
          .setCode(
              new CodeableConcept(
                      new Coding(SUBSTANCES, s.name().toLowerCase(Locale.ROOT), words(s)))
                  .setText(words(s)))
          .addInterpretation(interpretation(positive ? TestResult.POSITIVE : TestResult.NEGATIVE))
          .setValue(Fhir.text(positive ? "positive" : "negative"));
    }
    if (t.explanation() != null) {
      o.addNote().setText("Explained by a prescription: " + t.explanation());
    }
    o.setText(XhtmlText.of(line));
    return o;
  }

  private static CodeableConcept interpretation(TestResult result) {
    return result == TestResult.POSITIVE
        ? new CodeableConcept(new Coding(INTERPRETATION, "POS", "Positive"))
        : new CodeableConcept(new Coding(INTERPRETATION, "NEG", "Negative"));
  }

  private static CodeableConcept absent(String code, String display) {
    return new CodeableConcept(new Coding(ABSENT, code, display));
  }
}
