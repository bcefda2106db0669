package org.stepwise.cases.domain.model.appointment;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's aftercare appointments as the case manager reads them: each series with its adherence
 * over the last 4 and 12 weeks and its recorded occurrences in that time, and the same adherence
 * over every series together.
 */
public record AppointmentStanding(
    List<SeriesStanding> series, Adherence last4Weeks, Adherence last12Weeks) {

  /** The longest window read, in weeks. */
  public static final int WINDOW_WEEKS = 12;

  /** One series and how it is kept. */
  public record SeriesStanding(
      AppointmentSeries series,
      LocalDate minimumMetOn,
      Adherence last4Weeks,
      Adherence last12Weeks,
      List<Occurrence> occurrences) {}

  /** The first day whose occurrences {@link #of} needs. */
  public static LocalDate windowStart(LocalDate today) {
    return today.minusWeeks(WINDOW_WEEKS).plusDays(1);
  }

  public static AppointmentStanding of(
      List<AppointmentSeries> series, List<Occurrence> occurrences, LocalDate today) {
    List<SeriesStanding> each =
        series.stream()
            .map(
                s ->
                    new SeriesStanding(
                        s,
                        s.minimumMetOn(),
                        Adherence.over(4, today, List.of(s), occurrences),
                        Adherence.over(WINDOW_WEEKS, today, List.of(s), occurrences),
                        occurrences.stream().filter(o -> o.seriesId() == s.id()).toList()))
            .toList();
    return new AppointmentStanding(
        each,
        Adherence.over(4, today, series, occurrences),
        Adherence.over(WINDOW_WEEKS, today, series, occurrences));
  }
}
