package org.stepwise.cases.domain.model.attendance;

/**
 * One row as a house reported it, every field still text: rows are judged one by one so that a bad
 * row never costs the good ones.
 */
public record AttendanceRow(
    String clientRef,
    String meetingType,
    String meetingName,
    String startedAt,
    String status,
    String verification,
    String reportedBy,
    String sourceRecordId) {}
