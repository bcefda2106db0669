package org.stepwise.cases.domain.model.attendance;

import static org.stepwise.cases.domain.model.attendance.RowFields.blank;
import static org.stepwise.cases.domain.model.attendance.RowFields.enumOf;
import static org.stepwise.cases.domain.model.attendance.RowFields.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.client.MeetingType;

/**
 * Judges a house's batch of attendance rows one by one. Checking happens in two steps so that the
 * database is asked once per batch: {@link #parse} reads every row and names the client references
 * it needs, {@link #resolve} matches them to residents and says which rows to store.
 */
public final class AttendanceBatch {

  /** Meetings are reported after they happen; a few minutes of clock skew are forgiven. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final String sourceKey;
  private final SourceChannel channel;
  private final ReportedRows<Parsed> rows = new ReportedRows<>();

  private record Parsed(
      AttendanceRow row,
      MeetingType meetingType,
      OffsetDateTime startedAt,
      AttendanceStatus status,
      Verification verification) {}

  private AttendanceBatch(String sourceKey, SourceChannel channel) {
    this.sourceKey = sourceKey;
    this.channel = channel;
  }

  /** Reads every row; rows that cannot be read get their REJECTED outcome here. */
  public static AttendanceBatch parse(
      String sourceKey, SourceChannel channel, List<AttendanceRow> rows, Instant now) {
    AttendanceBatch batch = new AttendanceBatch(sourceKey, channel);
    for (int i = 0; i < rows.size(); i++) {
      batch.read(i, rows.get(i), now);
    }
    return batch;
  }

  /** The client references the readable rows name. */
  public Set<String> clientRefs() {
    return rows.clientRefs();
  }

  /** Matches rows to residents; returns the records to store (each still may be a duplicate). */
  public List<NewAttendance> resolve(List<ResidentRef> residents) {
    return rows.resolve(
        residents,
        "on the meeting's date",
        (clientId, r) ->
            new NewAttendance(
                clientId,
                r.row().meetingType(),
                r.row().row().meetingName().strip(),
                r.row().startedAt(),
                r.row().status(),
                r.row().verification(),
                sourceKey,
                channel,
                r.sourceRecordId(),
                r.row().row().reportedBy().strip()));
  }

  /** Records which of the resolved rows the store kept and which it had already. */
  public List<RowOutcome> outcomes(Set<String> storedSourceRecordIds) {
    return rows.outcomes(storedSourceRecordIds);
  }

  private void read(int index, AttendanceRow row, Instant now) {
    String id = rows.sourceRecordId(index, row.sourceRecordId()).orElse(null);
    if (id == null) {
      return;
    }
    String[] problem = null;
    if (blank(row.clientRef()) || row.clientRef().length() > 64) {
      problem = new String[] {"clientRef", "REQUIRED", "1 to 64 characters"};
    } else if (blank(row.meetingName()) || row.meetingName().length() > 200) {
      problem = new String[] {"meetingName", "REQUIRED", "1 to 200 characters"};
    } else if (blank(row.reportedBy()) || row.reportedBy().length() > 100) {
      problem = new String[] {"reportedBy", "REQUIRED", "1 to 100 characters"};
    }
    MeetingType type = enumOf(MeetingType.class, row.meetingType());
    AttendanceStatus status = enumOf(AttendanceStatus.class, row.status());
    Verification verification = enumOf(Verification.class, row.verification());
    if (problem == null && type == null) {
      problem =
          new String[] {
            "meetingType", "UNKNOWN_MEETING_TYPE", "one of " + List.of(MeetingType.values())
          };
    }
    if (problem == null && status == null) {
      problem =
          new String[] {"status", "UNKNOWN_STATUS", "one of " + List.of(AttendanceStatus.values())};
    }
    if (problem == null && verification == null) {
      problem =
          new String[] {
            "verification", "UNKNOWN_VERIFICATION", "one of " + List.of(Verification.values())
          };
    }
    OffsetDateTime startedAt = null;
    if (problem == null) {
      startedAt = timestamp(row.startedAt());
      if (startedAt == null) {
        problem =
            new String[] {
              "startedAt",
              RowFields.timestampProblem(row.startedAt()),
              "ISO-8601 with an offset, e.g. 2026-11-17T19:00:00-05:00"
            };
      } else if (startedAt.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
        problem =
            new String[] {"startedAt", "FUTURE_TIMESTAMP", "the meeting has not happened yet"};
      }
    }
    if (problem != null) {
      rows.reject(index, id, problem[0], problem[1], problem[2]);
      return;
    }
    rows.read(
        index,
        new ReportedRows.Read<>(
            id,
            row.clientRef(),
            startedAt.toLocalDate(),
            new Parsed(row, type, startedAt, status, verification)));
  }
}
