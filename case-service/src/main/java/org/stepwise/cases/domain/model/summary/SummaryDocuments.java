package org.stepwise.cases.domain.model.summary;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.stepwise.cases.domain.model.consent.Section;

/** Turns gathered facts into the document that is sent: only the given sections are in it. */
public interface SummaryDocuments {

  /** The §2.32 notice every disclosure carries. */
  String NOTICE =
      "This record is protected by 42 CFR part 2. 42 CFR part 2 prohibits unauthorized use or"
          + " disclosure of these records.";

  String render(
      UUID bundleId,
      Instant generatedAt,
      Period period,
      SummaryFacts facts,
      Recipient recipient,
      Set<Section> sections,
      String program);
}
