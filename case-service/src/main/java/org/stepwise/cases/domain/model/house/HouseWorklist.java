package org.stepwise.cases.domain.model.house;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A house manager's own small worklist, nothing clinical: the residents who have not yet met their
 * meeting requirement this week (and how many meetings are still to go), and, for a house that
 * reports by hand, a reminder when its last attendance report is more than two days old.
 */
public record HouseWorklist(
    String houseCode,
    String houseName,
    ReportingChannel reportingChannel,
    Instant lastReportAt,
    boolean reportOverdue,
    List<Behind> behindOnMeetings) {

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

  /** From the house's roster and when the house last reported attendance (null: never). */
  public static HouseWorklist of(
      House house, List<RosterEntry> roster, Instant lastReportAt, Instant now) {
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
    return new HouseWorklist(
        house.code(), house.name(), house.reportingChannel(), lastReportAt, overdue, behind);
  }

  public List<Long> clientIds() {
    return behindOnMeetings.stream().map(Behind::clientId).toList();
  }
}
