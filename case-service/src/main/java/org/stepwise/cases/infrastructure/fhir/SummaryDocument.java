package org.stepwise.cases.infrastructure.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.stepwise.cases.domain.model.summary.Period;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/**
 * A document being built: its Composition, the Patient, the period and facts it covers, and the
 * resources collected so far (each becomes a Bundle entry).
 */
record SummaryDocument(
    Composition composition,
    Patient patient,
    Period period,
    SummaryFacts facts,
    List<Resource> entries) {

  /** A labelled resource, added to the document and referred to from {@code section}. */
  <T extends Resource> T add(Composition.SectionComponent section, T resource) {
    Fhir.label(resource);
    entries.add(resource);
    section.addEntry(Fhir.ref(resource));
    return resource;
  }

  Composition.SectionComponent section(String title) {
    return composition.addSection().setTitle(title).setCode(Fhir.text(title));
  }
}
