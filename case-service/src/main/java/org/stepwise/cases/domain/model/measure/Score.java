package org.stepwise.cases.domain.model.measure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A scored answer set: the total, its band and the flags its answers raise. */
public record Score(int total, Band band, Set<MeasureFlag> flags) {
  public Score {
    EnumSet<MeasureFlag> sorted = EnumSet.noneOf(MeasureFlag.class);
    sorted.addAll(flags);
    flags = Collections.unmodifiableSet(sorted);
  }
}
