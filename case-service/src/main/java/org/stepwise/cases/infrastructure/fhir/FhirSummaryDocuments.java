package org.stepwise.cases.infrastructure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.Recipient;
import org.stepwise.cases.domain.model.summary.SummaryDocuments;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/**
 * Progress summaries as FHIR R4 {@code document} Bundles, built with HAPI FHIR's R4 model: a
 * Composition with one section per consented part (each with readable text), the Patient, the
 * program and the recipient, Observations for the attendance counts and Goals for the goals.
 * Security labels R, 42CFRPart2 and ETH on the Bundle and every resource; the §2.32 notice as the
 * first section. Nothing of a section the consent does not allow is built at all.
 */
@ApplicationScoped
public class FhirSummaryDocuments implements SummaryDocuments {

  static final String SYSTEM = "https://stepwise.example.org/fhir";
  private static final String LOINC = "http://loinc.org";
  private static final String CONFIDENTIALITY =
      "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
  private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** Thread-safe and expensive to create: one per application. */
  private static final FhirContext FHIR = context();

  /**
   * The document references only what it carries: no search for resources to contain, no rewriting
   * of ids or versions (a quarter of the encoding time otherwise).
   */
  private static FhirContext context() {
    FhirContext fhir = FhirContext.forR4();
    fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    fhir.getParserOptions().setStripVersionsFromReferences(false);
    fhir.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
    return fhir;
  }

  @Override
  public String render(
      UUID bundleId,
      Instant generatedAt,
      org.stepwise.cases.domain.model.summary.Period period,
      SummaryFacts facts,
      Recipient recipient,
      Set<Section> sections,
      String program) {
    Bundle bundle = bundle(bundleId, generatedAt, period, facts, recipient, sections, program);
    IParser parser = FHIR.newJsonParser();
    return parser.encodeResourceToString(bundle);
  }

  /** The document as HAPI's model (tests parse and validate the encoded form). */
  Bundle bundle(
      UUID bundleId,
      Instant generatedAt,
      org.stepwise.cases.domain.model.summary.Period period,
      SummaryFacts f,
      Recipient recipient,
      Set<Section> sections,
      String program) {
    Date when = Date.from(generatedAt);
    Period covered = period(period.start(), period.end());

    Patient patient = new Patient();
    patient.setId(uuid());
    patient.addIdentifier().setSystem(SYSTEM + "/client").setValue(Long.toString(f.clientId()));
    patient
        .addName()
        .setFamily(f.familyName())
        .addGiven(f.givenName())
        .setUse(HumanName.NameUse.OFFICIAL);
    patient.setBirthDateElement(new DateType(f.dateOfBirth().toString()));
    patient.setGender(AdministrativeGender.UNKNOWN);
    patient.setText(
        XhtmlText.of(f.givenName() + " " + f.familyName() + ", born " + f.dateOfBirth()));
    label(patient);

    Organization author = new Organization();
    author.setId(uuid());
    author.setName(program);
    author.setText(XhtmlText.of(program));
    label(author);

    Organization clinic = new Organization();
    clinic.setId(uuid());
    clinic.setName(recipient.clinicName());
    if (recipient.clinicNpi() != null) {
      clinic
          .addIdentifier()
          .setSystem("http://hl7.org/fhir/sid/us-npi")
          .setValue(recipient.clinicNpi());
    }
    clinic.setText(XhtmlText.of(recipient.clinicName()));
    label(clinic);

    Composition composition = new Composition();
    composition.setId(uuid());
    composition.setStatus(Composition.CompositionStatus.FINAL);
    composition.setType(
        new CodeableConcept(new Coding(LOINC, "11506-3", "Progress note"))
            .setText("Aftercare progress summary"));
    composition.setSubject(ref(patient));
    composition.setDate(when);
    composition.addAuthor(ref(author));
    composition.setTitle("Aftercare progress summary " + period.start() + " to " + period.end());
    composition.setConfidentiality(Composition.DocumentConfidentiality.R);
    composition.setCustodian(ref(author));
    composition.addEvent().setPeriod(covered);
    label(composition);

    List<Resource> entries = new ArrayList<>(List.of(composition, patient, author, clinic));
    String recipientText = recipient.clinicName();
    if (recipient.clinicianId() != null) {
      Practitioner clinician = new Practitioner();
      clinician.setId(uuid());
      clinician.addName().setText(recipient.clinicianName());
      clinician.setText(XhtmlText.of(recipient.clinicianName()));
      label(clinician);
      entries.add(clinician);
      recipientText = recipient.clinicianName() + ", " + recipientText;
    }

    // the recipient is named in the notice section, which also links it into the document
    Composition.SectionComponent notice = composition.addSection().addEntry(ref(clinic));
    entries.stream().filter(r -> r instanceof Practitioner).forEach(r -> notice.addEntry(ref(r)));
    notice
        .setTitle("Notice to the recipient (42 CFR 2.32)")
        .setCode(text("Disclosure notice"))
        .setText(
            XhtmlText.of(
                NOTICE,
                "Disclosed to "
                    + recipientText
                    + " under the client's written consent; sections: "
                    + String.join(", ", sections.stream().sorted().map(Section::name).toList())
                    + "."));

    if (sections.contains(Section.LEVEL_OF_CARE)) {
      composition
          .addSection()
          .setTitle("Level of care")
          .setCode(text("Level of care"))
          .setText(levelOfCare(f));
    }
    if (sections.contains(Section.ATTENDANCE)) {
      Composition.SectionComponent section =
          composition
              .addSection()
              .setTitle("Meeting attendance")
              .setCode(text("Meeting attendance"));
      List<String> rows = new ArrayList<>();
      for (SummaryFacts.Week w : f.weeks()) {
        Observation o = new Observation();
        o.setId(uuid());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(
            new CodeableConcept(
                new Coding(OBSERVATION_CATEGORY, "social-history", "Social History")));
        o.setCode(
            new CodeableConcept(
                    new Coding(
                        SYSTEM + "/CodeSystem/attendance",
                        "meetings-attended",
                        "Recovery meetings attended"))
                .setText("Recovery meetings attended in the week"));
        o.setSubject(ref(patient));
        o.setEffective(period(w.start(), min(w.start().plusDays(6), period.end())));
        o.setValue(
            new Quantity()
                .setValue(w.attended())
                .setUnit("meetings")
                .setSystem("http://unitsofmeasure.org")
                .setCode("{meetings}"));
        String line =
            "Week of "
                + w.start()
                + ": "
                + w.attended()
                + " attended, "
                + w.absent()
                + " absent, "
                + w.excused()
                + " excused"
                + (f.requiredPerWeek() == null ? "" : " (required " + f.requiredPerWeek() + ")");
        o.setText(XhtmlText.of(line));
        label(o);
        entries.add(o);
        section.addEntry(ref(o));
        rows.add(line);
      }
      String yearLine =
          f.weeksCountedLastYear() == 0
              ? "No earlier weeks on record."
              : "Last 52 weeks: "
                  + f.attendedLastYear()
                  + " meetings attended; requirement met in "
                  + f.weeksMetLastYear()
                  + " of "
                  + f.weeksCountedLastYear()
                  + " weeks.";
      section.setText(
          new XhtmlText()
              .list(rows, "No attendance reported in the period.")
              .p(yearLine)
              .narrative());
    }
    if (sections.contains(Section.GOALS)) {
      Composition.SectionComponent section =
          composition.addSection().setTitle("Goals").setCode(text("Goals"));
      List<String> rows = new ArrayList<>();
      for (SummaryFacts.GoalLine g : f.goals()) {
        Goal goal = new Goal();
        goal.setId(uuid());
        goal.setLifecycleStatus(lifecycle(g.status()));
        goal.setAchievementStatus(achievement(g.status()));
        goal.addCategory(text(g.domain()));
        goal.setDescription(text(g.statement()));
        goal.setSubject(ref(patient));
        if (g.targetDate() != null) {
          goal.addTarget().setDue(new DateType(g.targetDate().toString()));
        }
        if (g.latestNote() != null) {
          goal.addNote().setText(g.latestNote());
        }
        String line =
            g.domain()
                + ": "
                + g.statement()
                + " ("
                + g.status()
                + (g.targetDate() == null ? "" : ", target " + g.targetDate())
                + (g.milestones() == 0
                    ? ""
                    : ", milestones " + g.milestonesAchieved() + "/" + g.milestones())
                + ")";
        goal.setText(XhtmlText.of(line));
        label(goal);
        entries.add(goal);
        section.addEntry(ref(goal));
        rows.add(line);
      }
      section.setText(new XhtmlText().list(rows, "No goals on record.").narrative());
    }
    if (sections.contains(Section.NARRATIVE)) {
      XhtmlText text = new XhtmlText();
      for (SummaryFacts.Note n : f.narrative()) {
        text.p(n.date() + ": " + n.text());
      }
      if (f.narrative().isEmpty()) {
        text.p("No narrative for the period.");
      }
      composition
          .addSection()
          .setTitle("Case manager's narrative")
          .setCode(text("Narrative"))
          .setText(text.narrative());
    }
    composition.setText(
        XhtmlText.of(
            composition.getTitle()
                + " for "
                + f.givenName()
                + " "
                + f.familyName()
                + ", to "
                + recipientText
                + ".",
            NOTICE));

    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.DOCUMENT);
    bundle.setIdentifier(
        new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + bundleId));
    bundle.setTimestamp(when);
    bundle.setMeta(labels(new Meta()));
    for (Resource r : entries) {
      bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
    }
    return bundle;
  }

  private static org.hl7.fhir.r4.model.Narrative levelOfCare(SummaryFacts f) {
    String current =
        "Current level: "
            + (f.currentLevel() == null ? "not recorded" : label(f.currentLevel()))
            + (f.currentLevelSince() == null ? "" : " since " + f.currentLevelSince())
            + ".";
    List<String> steps = new ArrayList<>();
    for (SummaryFacts.Step st : f.steps()) {
      steps.add(
          st.effectiveDate()
              + ": "
              + st.direction()
              + (st.fromLevel() == null ? "" : " from " + label(st.fromLevel()))
              + (st.toLevel() == null ? "" : " to " + label(st.toLevel())));
    }
    return new XhtmlText().p(current).list(steps, "No change of level in the period.").narrative();
  }

  private static String label(String code) {
    return LevelOfCare.fromCode(code).map(l -> l.code() + " " + l.label()).orElse(code);
  }

  private static Goal.GoalLifecycleStatus lifecycle(String status) {
    return switch (status) {
      case "PLANNED" -> Goal.GoalLifecycleStatus.PLANNED;
      case "IN_PROGRESS" -> Goal.GoalLifecycleStatus.ACTIVE;
      case "ACHIEVED" -> Goal.GoalLifecycleStatus.COMPLETED;
      default -> Goal.GoalLifecycleStatus.CANCELLED;
    };
  }

  private static CodeableConcept achievement(String status) {
    String code =
        switch (status) {
          case "ACHIEVED" -> "achieved";
          case "ABANDONED" -> "not-achieved";
          case "IN_PROGRESS" -> "in-progress";
          default -> "no-progress";
        };
    return new CodeableConcept(
        new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", code, null));
  }

  private static <T extends Resource> T label(T resource) {
    resource.setMeta(labels(resource.getMeta()));
    return resource;
  }

  /** R (restricted), 42CFRPart2 and ETH (substance abuse information sensitivity). */
  private static Meta labels(Meta meta) {
    meta.addSecurity(new Coding(CONFIDENTIALITY, "R", "restricted"));
    meta.addSecurity(new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"));
    meta.addSecurity(new Coding(ACT_CODE, "ETH", "substance abuse information sensitivity"));
    return meta;
  }

  private static CodeableConcept text(String text) {
    return new CodeableConcept().setText(text);
  }

  private static Reference ref(Resource r) {
    return new Reference("urn:uuid:" + r.getIdElement().getIdPart());
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }

  private static Period period(LocalDate start, LocalDate end) {
    return new Period()
        .setStartElement(new DateTimeType(start.toString()))
        .setEndElement(new DateTimeType(end.toString()));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
