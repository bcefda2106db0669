package org.stepwise.cases.domain.model.house;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A house manager's own small worklist, nothing clinical: the residents who have not yet met their
 * meeting requirement this week (and how many meetings are still to go), those behind on the
 * house's testing rule, and, for a house that reports by hand, a reminder when its last attendance
 * report is more than two days old.
 */
public record HouseWorklist(
    String houseCode,
    String houseName,
    ReportingChannel reportingChannel,
    Instant lastReportAt,
    boolean reportOverdue,
    List<Behind> behindOnMeetings,
    List<BehindOnTests> behindOnTests) {

  /** A house reporting by hand that has not reported for this long is reminded. */
  public static final Duration REPORT_OVERDUE_AFTER = Duration.ofDays(2);

  /** A resident below their meeting requirement this week. */
  public record Behind(
      long clientId,
      String clientRef,
      String name,
      int meetingsPerWeek,
      long attendedThisWeek,
      long remaining) {}

  /**
   * A resident in the first {@value House#TESTING_RULE_DAYS} days of their stay with fewer random
   * tests in the last 30 days than the house's testing rule asks.
   */
  public record BehindOnTests(
      long clientId, String clientRef, String name, int randomTestsPerMonth, long taken) {}

  /** From the house's roster and when the house last reported attendance (null: never). */
  public static HouseWorklist of(
      House house,
      List<RosterEntry> roster,
      Instant lastReportAt,
      Instant now,
      java.time.LocalDate today) {
    List<Behind> behind =
        roster.stream()
            .filter(r -> r.meetingsPerWeek() != null && r.attendedThisWeek() < r.meetingsPerWeek())
            .map(
                r ->
                    new Behind(
                        r.clientId(),
                        r.clientRef(),
                        r.name(),
                        r.meetingsPerWeek(),
                        r.attendedThisWeek(),
                        r.meetingsPerWeek() - r.attendedThisWeek()))
            .toList();
    boolean overdue =
        house.reportingChannel() == ReportingChannel.MANUAL
            && (lastReportAt == null || lastReportAt.isBefore(now.minus(REPORT_OVERDUE_AFTER)));
    Integer rule = house.randomTestsPerMonth();
    List<BehindOnTests> tests =
        rule == null
            ? List.of()
            : roster.stream()
                .filter(r -> r.moveIn().isAfter(today.minusDays(House.TESTING_RULE_DAYS)))
                .filter(r -> r.randomTestsLast30Days() < rule)
                .map(
                    r ->
                        new BehindOnTests(
                            r.clientId(), r.clientRef(), r.name(), rule, r.randomTestsLast30Days()))
                .toList();
    return new HouseWorklist(
        house.code(), house.name(), house.reportingChannel(), lastReportAt, overdue, behind, tests);
  }

  public List<Long> clientIds() {
    return java.util.stream.Stream.concat(
            behindOnMeetings.stream().map(Behind::clientId),
            behindOnTests.stream().map(BehindOnTests::clientId))
        .distinct()
        .toList();
  }
}
