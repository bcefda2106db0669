package org.stepwise.cases.infrastructure.fhir;

import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/** The case manager's narrative for the period, as text. */
final class NarrativeSection implements SectionBuilder {

  @Override
  public Section section() {
    return Section.NARRATIVE;
  }

  @Override
  public void build(SummaryDocument document) {
    XhtmlText text = new XhtmlText();
    for (SummaryFacts.Note n : document.facts().narrative()) {
      text.p(n.date() + ": " + n.text());
    }
    if (document.facts().narrative().isEmpty()) {
      text.p("No narrative for the period.");
    }
    document
        .composition()
        .addSection()
        .setTitle("Case manager's narrative")
        .setCode(Fhir.text("Narrative"))
        .setText(text.narrative());
  }
}
