package org.stepwise.cases.infrastructure.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/**
 * The narratives the case manager wrote for the clinic and marked ready, within the period, as
 * text. Case notes are the team's and never appear here.
 */
final class NarrativeSection implements SectionBuilder {

  @Override
  public Section section() {
    return Section.NARRATIVE;
  }

  @Override
  public void build(SummaryDocument document) {
    Composition.SectionComponent section =
        document
            .composition()
            .addSection()
            .setTitle("Case manager's narrative")
            .setCode(Fhir.text("Narrative"));
    XhtmlText text = new XhtmlText();
    if (document.facts().narrative().isEmpty()) {
      // consented, but nothing was written for the clinic and marked ready: the section says so
      text.p("The case manager has not marked a narrative ready for this period.");
      section.setEmptyReason(
          new CodeableConcept(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                  "notstarted",
                  "Not Started")));
    }
    for (SummaryFacts.Note n : document.facts().narrative()) {
      text.p(n.text());
    }
    section.setText(text.narrative());
  }
}
