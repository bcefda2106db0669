package org.stepwise.cases.domain.model.recovery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the last {@value #DAYS} days of a client's trigger log show: which kinds of trigger and
 * which HALT states came most often, whether cravings are rising or falling, and how many moments
 * ended in use. Read from the entries in force only.
 */
public record TriggerPattern(
    LocalDate from,
    LocalDate to,
    int entries,
    List<Count<TriggerCategory>> categories,
    List<Count<HaltState>> haltStates,
    List<CravingPoint> cravings,
    CravingTrend cravingTrend,
    int lapses,
    int relapses) {

  public static final int DAYS = 30;

  /** How much the later half's average craving must differ from the earlier half's to count. */
  static final double TREND_THRESHOLD = 1.0;

  /** Entries each half needs before a trend is called. */
  static final int TREND_MINIMUM = 2;

  /** How often one code came up. */
  public record Count<T>(T code, int count) {}

  /** One entry's craving, for the chart. */
  public record CravingPoint(LocalDate on, int craving) {}

  public enum CravingTrend {
    RISING,
    FALLING,
    STEADY,
    /** Fewer than {@value TriggerPattern#TREND_MINIMUM} entries in either half of the window. */
    TOO_FEW_ENTRIES
  }

  /**
   * The pattern of {@code inForce} entries in the {@value #DAYS} days that end on {@code today}.
   */
  public static TriggerPattern of(List<TriggerLogEntry> inForce, LocalDate today) {
    LocalDate from = windowStart(today);
    List<TriggerLogEntry> window =
        inForce.stream()
            .filter(e -> !e.occurredOn().isBefore(from) && !e.occurredOn().isAfter(today))
            .sorted(
                Comparator.comparing(TriggerLogEntry::occurredOn)
                    .thenComparing(TriggerLogEntry::id))
            .toList();
    Map<TriggerCategory, Integer> categories = new EnumMap<>(TriggerCategory.class);
    Map<HaltState, Integer> halt = new EnumMap<>(HaltState.class);
    for (TriggerLogEntry e : window) {
      categories.merge(e.category(), 1, Integer::sum);
      e.haltStates().forEach(h -> halt.merge(h, 1, Integer::sum));
    }
    LocalDate middle = from.plusDays(DAYS / 2);
    return new TriggerPattern(
        from,
        today,
        window.size(),
        ranked(categories),
        ranked(halt),
        window.stream().map(e -> new CravingPoint(e.occurredOn(), e.craving())).toList(),
        trend(
            window.stream().filter(e -> e.occurredOn().isBefore(middle)).toList(),
            window.stream().filter(e -> !e.occurredOn().isBefore(middle)).toList()),
        count(window, UseOutcome.LAPSE),
        count(window, UseOutcome.RELAPSE));
  }

  /** The first day of the window that ends on {@code today}. */
  public static LocalDate windowStart(LocalDate today) {
    return today.minusDays(DAYS - 1);
  }

  private static <T extends Enum<T>> List<Count<T>> ranked(Map<T, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<T, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Count<>(e.getKey(), e.getValue()))
        .toList();
  }

  private static CravingTrend trend(List<TriggerLogEntry> earlier, List<TriggerLogEntry> later) {
    if (earlier.size() < TREND_MINIMUM || later.size() < TREND_MINIMUM) {
      return CravingTrend.TOO_FEW_ENTRIES;
    }
    double change = average(later) - average(earlier);
    if (change >= TREND_THRESHOLD) {
      return CravingTrend.RISING;
    }
    return change <= -TREND_THRESHOLD ? CravingTrend.FALLING : CravingTrend.STEADY;
  }

  private static double average(List<TriggerLogEntry> entries) {
    return entries.stream().mapToInt(TriggerLogEntry::craving).average().orElse(0);
  }

  private static int count(List<TriggerLogEntry> entries, UseOutcome outcome) {
    return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
  }
}
