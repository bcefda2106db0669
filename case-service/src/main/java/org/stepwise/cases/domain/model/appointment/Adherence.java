package org.stepwise.cases.domain.model.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a client kept their appointments in a window: kept against kept + missed + cancelled by the
 * client (the provider's cancellations and reschedules count for neither side), and how many
 * scheduled days have nothing recorded yet.
 */
public record Adherence(
    int weeks,
    int kept,
    int missed,
    int cancelledByClient,
    int excused,
    int unrecorded,
    Double rate) {

  /** The window of {@code weeks} weeks that ends on {@code today}, over one or more series. */
  public static Adherence over(
      int weeks, LocalDate today, List<AppointmentSeries> series, List<Occurrence> occurrences) {
    LocalDate from = today.minusWeeks(weeks).plusDays(1);
    int kept = 0;
    int missed = 0;
    int byClient = 0;
    int excused = 0;
    int unrecorded = 0;
    for (AppointmentSeries s : series) {
      List<Occurrence> mine =
          occurrences.stream()
              .filter(o -> o.seriesId() == s.id())
              .filter(o -> !o.scheduledOn().isBefore(from) && !o.scheduledOn().isAfter(today))
              .toList();
      for (Occurrence o : mine) {
        switch (o.outcome()) {
          case KEPT -> kept++;
          case MISSED -> missed++;
          case CANCELLED_BY_CLIENT -> byClient++;
          case CANCELLED_BY_PROVIDER, RESCHEDULED -> excused++;
        }
      }
      Set<LocalDate> recorded =
          mine.stream().map(Occurrence::scheduledOn).collect(Collectors.toSet());
      // today's appointment may not have happened yet
      unrecorded +=
          (int)
              s.scheduledBetween(from, today.minusDays(1)).stream()
                  .filter(d -> !recorded.contains(d))
                  .count();
    }
    int counted = kept + missed + byClient;
    return new Adherence(
        weeks,
        kept,
        missed,
        byClient,
        excused,
        unrecorded,
        counted == 0 ? null : Math.round(1000.0 * kept / counted) / 1000.0);
  }
}
