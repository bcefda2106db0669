package org.stepwise.cases.infrastructure.fhir;

import org.stepwise.cases.domain.model.consent.Section;

/** Builds the part of a summary document that one consentable section allows. */
interface SectionBuilder {

  /** The consent section this part needs; nothing of it is built without it. */
  Section section();

  void build(SummaryDocument document);
}
