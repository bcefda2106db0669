package org.stepwise.cases.infrastructure.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.summary.SummaryFacts;

/** An Observation of meetings attended per week of the period, and the last year in a line. */
final class AttendanceSection implements SectionBuilder {

  private static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  @Override
  public Section section() {
    return Section.ATTENDANCE;
  }

  @Override
  public void build(SummaryDocument document) {
    SummaryFacts f = document.facts();
    Composition.SectionComponent section = document.section("Meeting attendance");
    List<String> rows = new ArrayList<>();
    for (SummaryFacts.Week w : f.weeks()) {
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
      document.add(section, week(document, w, line));
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

  private static Observation week(SummaryDocument document, SummaryFacts.Week w, String line) {
    LocalDate end = w.start().plusDays(6);
    if (end.isAfter(document.period().end())) {
      end = document.period().end();
    }
    Observation o = Fhir.withId(new Observation());
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(
        new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "social-history", "Social History")));
    o.setCode(
        new CodeableConcept(
                new Coding(
                    Fhir.SYSTEM + "/CodeSystem/attendance",
                    "meetings-attended",
                    "Recovery meetings attended"))
            .setText("Recovery meetings attended in the week"));
    o.setSubject(Fhir.ref(document.patient()));
    o.setEffective(Fhir.period(w.start(), end));
    o.setValue(
        new Quantity()
            .setValue(w.attended())
            .setUnit("meetings")
            .setSystem("http://unitsofmeasure.org")
            .setCode("{meetings}"));
    o.setText(XhtmlText.of(line));
    return o;
  }
}
