package org.stepwise.cases.domain.model.attendance;

import java.time.OffsetDateTime;
import org.stepwise.cases.domain.model.client.MeetingType;

/** A checked attendance record, ready to store once (natural key: source + source record id). */
public record NewAttendance(
    long clientId,
    MeetingType meetingType,
    String meetingName,
    OffsetDateTime startedAt,
    AttendanceStatus status,
    Verification verification,
    String sourceKey,
    SourceChannel channel,
    String sourceRecordId,
    String reportedBy) {}
