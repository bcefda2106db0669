package org.stepwise.cases.interfaces.rest.attendance;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.stepwise.cases.domain.model.attendance.AttendanceRecord;

/** One stored attendance record. */
public record AttendanceView(
    long id,
    String meetingType,
    String meetingName,
    OffsetDateTime startedAt,
    String status,
    String verification,
    String source,
    String channel,
    String sourceRecordId,
    String reportedBy,
    Instant receivedAt) {

  public static AttendanceView of(AttendanceRecord a) {
    return new AttendanceView(
        a.id(),
        a.meetingType().name(),
        a.meetingName(),
        a.startedAt(),
        a.status().name(),
        a.verification().name(),
        a.sourceKey(),
        a.sourceChannel().name(),
        a.sourceRecordId(),
        a.reportedBy(),
        a.receivedAt());
  }
}
