package org.stepwise.cases.domain.model.attendance;

/** Whether the client was at the meeting. */
public enum AttendanceStatus {
  ATTENDED,
  ABSENT,
  EXCUSED
}
