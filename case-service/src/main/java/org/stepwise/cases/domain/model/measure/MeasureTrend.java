package org.stepwise.cases.domain.model.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one instrument's score stands: the latest administration and the change since the one
 * before.
 */
public record MeasureTrend(
    Instrument instrument,
    LocalDate latestOn,
    int latest,
    Band band,
    Set<MeasureFlag> flags,
    LocalDate previousOn,
    Integer previous,
    Integer change,
    int administrations) {

  /** One trend per instrument the client has answered, in the instruments' order. */
  public static List<MeasureTrend> of(List<Measure> measures) {
    Map<Instrument, List<Measure>> byInstrument = new EnumMap<>(Instrument.class);
    measures.stream()
        .sorted(Comparator.comparing(Measure::administeredOn).thenComparing(Measure::id).reversed())
        .forEach(m -> byInstrument.computeIfAbsent(m.instrument(), i -> new ArrayList<>()).add(m));
    List<MeasureTrend> trends = new ArrayList<>();
    byInstrument.forEach(
        (instrument, newestFirst) -> {
          Measure latest = newestFirst.get(0);
          Measure previous = newestFirst.size() > 1 ? newestFirst.get(1) : null;
          trends.add(
              new MeasureTrend(
                  instrument,
                  latest.administeredOn(),
                  latest.score().total(),
                  latest.score().band(),
                  latest.score().flags(),
                  previous == null ? null : previous.administeredOn(),
                  previous == null ? null : previous.score().total(),
                  previous == null ? null : latest.score().total() - previous.score().total(),
                  newestFirst.size()));
        });
    return trends;
  }
}
