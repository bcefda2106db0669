package org.stepwise.cases.domain.model.consent;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of a progress summary a consent may allow to be disclosed. */
public enum Section {
  LEVEL_OF_CARE,
  ATTENDANCE,
  GOALS,
  /** Adherence to each aftercare appointment series over the period. */
  APPOINTMENTS,
  /** The latest outcome-measure scores of the period and the change since the one before. */
  MEASURES,
  /** The drug and alcohol tests collected in the period, with their results. */
  TOXICOLOGY,
  NARRATIVE;

  /** As stored: a comma-separated list in declaration order. */
  public static String join(Set<Section> sections) {
    return sections.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<Section> parse(String stored) {
    EnumSet<Section> sections = EnumSet.noneOf(Section.class);
    if (stored != null && !stored.isBlank()) {
      for (String name : stored.split(",")) {
        sections.add(Section.valueOf(name.trim()));
      }
    }
    return sections;
  }
}
