package org.stepwise.cases.infrastructure.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.measure.Band;
import org.stepwise.cases.domain.model.measure.Instrument;
import org.stepwise.cases.domain.model.measure.MeasureFlag;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryDocuments;
import org.stepwise.cases.domain.model.summary.SummaryFacts;
import org.stepwise.cases.domain.model.toxicology.Substance;
import org.stepwise.cases.domain.model.toxicology.TestMethod;
import org.stepwise.cases.domain.model.toxicology.TestReason;
import org.stepwise.cases.domain.model.toxicology.TestResult;

/** The summary document against the FHIR R4 base specification, with HAPI's own validator. */
class FhirSummaryDocumentsTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private final FhirSummaryDocuments documents = new FhirSummaryDocuments();

  static SummaryFacts facts() {
    return new SummaryFacts(
        42L,
        "Dana",
        "O'Neil <Jr>",
        LocalDate.of(1990, 3, 4),
        LocalDate.of(2026, 6, 1),
        "1.0",
        LocalDate.of(2026, 11, 10),
        List.of(new SummaryFacts.Step(LocalDate.of(2026, 11, 10), "2.1", "1.0", "STEP_DOWN")),
        3,
        List.of(new SummaryFacts.Week(LocalDate.of(2026, 11, 9), 4, 1, 0)),
        120,
        20,
        24,
        List.of(
            new SummaryFacts.GoalLine(
                7,
                "EMPLOYMENT",
                "Full-time job",
                "IN_PROGRESS",
                LocalDate.of(2027, 1, 31),
                1,
                3,
                "Interview on Friday"),
            new SummaryFacts.GoalLine(8, "HOUSING", "Own lease", "ACHIEVED", null, 2, 2, null)),
        List.of(new SummaryFacts.AppointmentLine(3, "THERAPY", "Dr. Ruiz", 1, 1, 0, 0)),
        List.of(
            new SummaryFacts.MeasureLine(
                Instrument.PHQ_9,
                LocalDate.of(2026, 11, 12),
                8,
                Band.MILD,
                Set.of(MeasureFlag.SELF_HARM_THOUGHTS),
                LocalDate.of(2026, 10, 15),
                15),
            new SummaryFacts.MeasureLine(
                Instrument.BARC_10,
                LocalDate.of(2026, 11, 12),
                47,
                Band.AT_OR_ABOVE_REMISSION_CUTOFF,
                Set.of(),
                null,
                null)),
        List.of(new SummaryFacts.Note(LocalDate.of(2026, 11, 12), "Doing well & steady.")),
        List.of(
            new SummaryFacts.TestLine(
                OffsetDateTime.parse("2026-11-10T08:30:00-05:00"),
                TestMethod.URINE,
                TestReason.RANDOM,
                TestResult.POSITIVE,
                EnumSet.of(Substance.OPIATES, Substance.BUPRENORPHINE),
                EnumSet.of(Substance.BUPRENORPHINE),
                true,
                "Prescribed buprenorphine (MAT)"),
            new SummaryFacts.TestLine(
                OffsetDateTime.parse("2026-11-12T08:30:00-05:00"),
                TestMethod.BREATH,
                TestReason.FOR_CAUSE,
                TestResult.NEGATIVE,
                EnumSet.of(Substance.ALCOHOL),
                EnumSet.noneOf(Substance.class),
                false,
                null),
            new SummaryFacts.TestLine(
                OffsetDateTime.parse("2026-11-14T08:30:00-05:00"),
                TestMethod.URINE,
                TestReason.RANDOM,
                TestResult.REFUSED,
                EnumSet.noneOf(Substance.class),
                EnumSet.noneOf(Substance.class),
                false,
                null)));
  }

  static Recipient recipient() {
    return new Recipient(
        1, "RIVERSIDE", "Riverside Clinic", "1234567893", 5L, "dr.chen", "Dr. Wei Chen");
  }

  private Bundle render(Set<Section> sections) {
    String json =
        documents.render(
            UUID.randomUUID(),
            Instant.parse("2026-11-16T12:00:00Z"),
            new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)),
            facts(),
            recipient(),
            sections,
            "Stepwise Aftercare Program");
    return FHIR.newJsonParser().parseResource(Bundle.class, json);
  }

  @Test
  void everySectionValidatesAgainstTheR4BaseSpecification() {
    Bundle bundle = render(EnumSet.allOf(Section.class));
    List<String> errors = R4Validation.errors(bundle);
    assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    assertEquals(Bundle.BundleType.DOCUMENT, bundle.getType());
    assertTrue(bundle.getEntryFirstRep().getResource() instanceof Composition);
  }

  @Test
  void carriesTheNoticeAndTheSecurityLabels() {
    Bundle bundle = render(EnumSet.of(Section.ATTENDANCE));
    Set<String> labels =
        bundle.getMeta().getSecurity().stream().map(Coding::getCode).collect(Collectors.toSet());
    assertEquals(Set.of("R", "42CFRPart2", "ETH"), labels);
    Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
    assertTrue(
        composition
            .getSectionFirstRep()
            .getText()
            .getDivAsString()
            .contains("42 CFR part 2 prohibits unauthorized use or disclosure of these records."));
    assertEquals(Composition.DocumentConfidentiality.R, composition.getConfidentiality());
  }

  @Test
  void holdsOnlyTheConsentedSections() {
    Bundle bundle = render(EnumSet.of(Section.ATTENDANCE));
    Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
    List<String> titles = composition.getSection().stream().map(s -> s.getTitle()).toList();
    assertEquals(List.of("Notice to the recipient (42 CFR 2.32)", "Meeting attendance"), titles);
    assertTrue(bundle.getEntry().stream().anyMatch(e -> e.getResource() instanceof Observation));
    assertFalse(bundle.getEntry().stream().anyMatch(e -> e.getResource() instanceof Goal));
    String json = FHIR.newJsonParser().encodeResourceToString(bundle);
    assertFalse(json.contains("Full-time job"), "a goal leaked into an attendance-only summary");
    assertFalse(json.contains("Doing well"), "the narrative leaked");
    assertFalse(json.contains("STEP_DOWN"), "the level of care leaked");
    assertFalse(json.contains("44261-6"), "a measure leaked");
    assertFalse(json.contains("PHQ-9"), "a measure leaked");
    assertFalse(json.contains("Dr. Ruiz"), "an appointment leaked");
    assertFalse(json.contains("drug-test"), "a drug test leaked");
    assertFalse(json.contains("buprenorphine"), "a drug test leaked");
  }

  @Test
  void drugTestsAreObservationsWithEachSubstanceAndTheResultOrWhyThereIsNone() {
    Bundle bundle = render(EnumSet.of(Section.TOXICOLOGY));
    List<String> errors = R4Validation.errors(bundle);
    assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    List<Observation> tests =
        bundle.getEntry().stream()
            .map(e -> e.getResource())
            .filter(r -> r instanceof Observation)
            .map(r -> (Observation) r)
            .toList();
    assertEquals(3, tests.size());
    Observation positive = tests.get(0);
    assertEquals("POS", positive.getInterpretationFirstRep().getCodingFirstRep().getCode());
    assertEquals(2, positive.getComponent().size(), "one component per substance tested");
    assertTrue(positive.getNoteFirstRep().getText().contains("Prescribed buprenorphine"));
    assertEquals(
        "2026-11-10T08:30:00-05:00", positive.getEffectiveDateTimeType().getValueAsString());
    assertEquals("NEG", tests.get(1).getInterpretationFirstRep().getCodingFirstRep().getCode());
    assertEquals(
        "asked-declined", tests.get(2).getDataAbsentReason().getCodingFirstRep().getCode());
    assertTrue(
        tests.stream()
            .allMatch(
                o ->
                    o.getMeta().getSecurity().stream()
                        .anyMatch(c -> c.getCode().equals("42CFRPart2"))),
        "each labelled as Part 2");
  }

  @Test
  void measuresAreLoincCodedObservationsWithTheChangeAndAppointmentsCountEachOutcome() {
    Bundle bundle = render(EnumSet.of(Section.MEASURES, Section.APPOINTMENTS));
    List<Observation> observations =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof Observation)
            .map(r -> (Observation) r)
            .toList();
    Observation phq =
        observations.stream()
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("44261-6"))
            .findFirst()
            .orElseThrow();
    assertEquals("http://loinc.org", phq.getCode().getCodingFirstRep().getSystem());
    assertEquals(8, phq.getValueQuantity().getValue().intValue());
    assertTrue(phq.getText().getDivAsString().contains("down 7 since 2026-10-15"));
    assertTrue(phq.getText().getDivAsString().contains("item 9"));
    Observation therapy =
        observations.stream()
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("appointment-adherence"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, therapy.getComponent().size());
    assertTrue(therapy.getText().getDivAsString().contains("1 kept, 1 missed"));
  }

  @Test
  void textIsEscaped() {
    Bundle bundle = render(EnumSet.allOf(Section.class));
    String json = FHIR.newJsonParser().encodeResourceToString(bundle);
    assertTrue(json.contains("O'Neil &lt;Jr&gt;"));
    assertTrue(json.contains(SummaryDocuments.NOTICE.substring(0, 30)));
  }
}
