package org.stepwise.cases.domain.model.overview;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The weeks an overview reports on, Monday to Sunday in the program's time zone: the last {@code
 * count} complete weeks, oldest first, and the week in progress.
 */
public record ReportingWeeks(List<LocalDate> weekStarts, LocalDate currentWeekStart, ZoneId zone) {

  public static ReportingWeeks endingBefore(LocalDate today, int count, ZoneId zone) {
    LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> starts =
        IntStream.rangeClosed(1, count)
            .mapToObj(i -> thisMonday.minusWeeks(count - i + 1))
            .toList();
    return new ReportingWeeks(starts, thisMonday, zone);
  }

  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  public Instant from() {
    return startOf(weekStarts.get(0));
  }

  public LocalDate lastWeekStart() {
    return weekStarts.get(weekStarts.size() - 1);
  }
}
