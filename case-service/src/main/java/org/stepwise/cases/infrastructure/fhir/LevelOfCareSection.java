package org.stepwise.cases.infrastructure.fhir;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/** The current level of care and the changes of level in the period, as text. */
final class LevelOfCareSection implements SectionBuilder {

  @Override
  public Section section() {
    return Section.LEVEL_OF_CARE;
  }

  @Override
  public void build(SummaryDocument document) {
    SummaryFacts f = document.facts();
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
    document
        .section("Level of care")
        .setText(
            new XhtmlText()
                .p(current)
                .list(steps, "No change of level in the period.")
                .narrative());
  }

  private static String label(String code) {
    return LevelOfCare.fromCode(code).map(l -> l.code() + " " + l.label()).orElse(code);
  }
}
