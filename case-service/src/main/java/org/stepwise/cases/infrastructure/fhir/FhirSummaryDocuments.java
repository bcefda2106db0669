package org.stepwise.cases.infrastructure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
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

  /** One builder per consentable section, in the order the sections appear. */
  private static final List<SectionBuilder> SECTIONS =
      List.of(
          new LevelOfCareSection(),
          new AttendanceSection(),
          new GoalsSection(),
          new AppointmentsSection(),
          new MeasuresSection(),
          new ToxicologySection(),
          new NarrativeSection());

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
    Patient patient = patient(f);
    Organization author = organization(program, null);
    Organization clinic = organization(recipient.clinicName(), recipient.clinicNpi());
    Composition composition = composition(period, generatedAt, patient, author);
    List<Resource> entries = new ArrayList<>(List.of(composition, patient, author, clinic));
    Composition.SectionComponent notice = composition.addSection().addEntry(Fhir.ref(clinic));
    String recipientText = recipient.clinicName();
    if (recipient.clinicianId() != null) {
      Practitioner clinician = Fhir.withId(new Practitioner());
      clinician.addName().setText(recipient.clinicianName());
      clinician.setText(XhtmlText.of(recipient.clinicianName()));
      entries.add(Fhir.label(clinician));
      notice.addEntry(Fhir.ref(clinician));
      recipientText = recipient.clinicianName() + ", " + recipientText;
    }
    // the recipient is named in the notice section, which also links it into the document
    notice
        .setTitle("Notice to the recipient (42 CFR 2.32)")
        .setCode(Fhir.text("Disclosure notice"))
        .setText(
            XhtmlText.of(
                NOTICE,
                "Disclosed to "
                    + recipientText
                    + " under the client's written consent; sections: "
                    + String.join(", ", sections.stream().sorted().map(Section::name).toList())
                    + "."));
    SummaryDocument document = new SummaryDocument(composition, patient, period, f, entries);
    for (SectionBuilder builder : SECTIONS) {
      if (sections.contains(builder.section())) {
        builder.build(document);
      }
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
    bundle.setTimestamp(Date.from(generatedAt));
    bundle.setMeta(Fhir.labels(new Meta()));
    for (Resource r : entries) {
      bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
    }
    return bundle;
  }

  private static Patient patient(SummaryFacts f) {
    Patient patient = Fhir.withId(new Patient());
    patient
        .addIdentifier()
        .setSystem(Fhir.SYSTEM + "/client")
        .setValue(Long.toString(f.clientId()));
    patient
        .addName()
        .setFamily(f.familyName())
        .addGiven(f.givenName())
        .setUse(HumanName.NameUse.OFFICIAL);
    patient.setBirthDateElement(new DateType(f.dateOfBirth().toString()));
    patient.setGender(AdministrativeGender.UNKNOWN);
    patient.setText(
        XhtmlText.of(f.givenName() + " " + f.familyName() + ", born " + f.dateOfBirth()));
    return Fhir.label(patient);
  }

  private static Organization organization(String name, String npi) {
    Organization o = Fhir.withId(new Organization());
    o.setName(name);
    if (npi != null) {
      o.addIdentifier().setSystem("http://hl7.org/fhir/sid/us-npi").setValue(npi);
    }
    o.setText(XhtmlText.of(name));
    return Fhir.label(o);
  }

  private static Composition composition(
      org.stepwise.cases.domain.model.summary.Period period,
      Instant generatedAt,
      Patient patient,
      Organization author) {
    Composition composition = Fhir.withId(new Composition());
    composition.setStatus(Composition.CompositionStatus.FINAL);
    composition.setType(
        new CodeableConcept(new Coding(Fhir.LOINC, "11506-3", "Progress note"))
            .setText("Aftercare progress summary"));
    composition.setSubject(Fhir.ref(patient));
    composition.setDate(Date.from(generatedAt));
    composition.addAuthor(Fhir.ref(author));
    composition.setTitle("Aftercare progress summary " + period.start() + " to " + period.end());
    composition.setConfidentiality(Composition.DocumentConfidentiality.R);
    composition.setCustodian(Fhir.ref(author));
    composition.addEvent().setPeriod(Fhir.period(period.start(), period.end()));
    return Fhir.label(composition);
  }
}
