package org.stepwise.cases.domain.model.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
  private final Map<Integer, RowOutcome> outcomes = new TreeMap<>();
  private final Map<Integer, Parsed> parsed = new HashMap<>();

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
    Map<String, Integer> firstIndexOfId = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      batch.read(i, rows.get(i), now, firstIndexOfId);
    }
    return batch;
  }

  /** The client references the readable rows name. */
  public Set<String> clientRefs() {
    Set<String> refs = new java.util.HashSet<>();
    parsed.values().forEach(p -> refs.add(p.row().clientRef()));
    return refs;
  }

  /** Matches rows to residents; returns the records to store (each still may be a duplicate). */
  public List<NewAttendance> resolve(List<ResidentRef> residents) {
    Map<String, List<ResidentRef>> byRef = new HashMap<>();
    residents.forEach(r -> byRef.computeIfAbsent(r.clientRef(), k -> new ArrayList<>()).add(r));
    List<NewAttendance> toStore = new ArrayList<>();
    parsed.forEach(
        (index, p) -> {
          Optional<ResidentRef> resident =
              byRef.getOrDefault(p.row().clientRef(), List.of()).stream()
                  .filter(r -> r.coversDay(p.startedAt().toLocalDate()))
                  .findFirst();
          if (resident.isEmpty()) {
            outcomes.put(
                index,
                RowOutcome.rejected(
                    index,
                    p.row().sourceRecordId(),
                    "clientRef",
                    "UNKNOWN_CLIENT",
                    "no resident of this house has that reference on the meeting's date"));
            return;
          }
          toStore.add(
              new NewAttendance(
                  resident.get().clientId(),
                  p.meetingType(),
                  p.row().meetingName().strip(),
                  p.startedAt(),
                  p.status(),
                  p.verification(),
                  sourceKey,
                  channel,
                  p.row().sourceRecordId().strip(),
                  p.row().reportedBy().strip()));
        });
    return toStore;
  }

  /** Records which of the resolved rows the store kept and which it had already. */
  public List<RowOutcome> outcomes(Set<String> storedSourceRecordIds) {
    parsed.forEach(
        (index, p) -> {
          if (outcomes.containsKey(index)) {
            return;
          }
          String id = p.row().sourceRecordId().strip();
          outcomes.put(
              index,
              storedSourceRecordIds.contains(id)
                  ? RowOutcome.accepted(index, id)
                  : RowOutcome.duplicate(index, id, "stored before; kept once"));
        });
    return List.copyOf(outcomes.values());
  }

  private void read(
      int index, AttendanceRow row, Instant now, Map<String, Integer> firstIndexOfId) {
    String id = row.sourceRecordId() == null ? null : row.sourceRecordId().strip();
    Function<String[], RowOutcome> reject = f -> RowOutcome.rejected(index, id, f[0], f[1], f[2]);
    RowOutcome problem = null;
    if (blank(id) || id.length() > 128) {
      problem = reject.apply(new String[] {"sourceRecordId", "REQUIRED", "1 to 128 characters"});
    } else if (ManualRecordIds.isManual(id)) {
      problem =
          reject.apply(
              new String[] {
                "sourceRecordId",
                "RESERVED_ID",
                "ids starting with " + ManualRecordIds.PREFIX + " are kept for entries made by hand"
              });
    } else if (blank(row.clientRef()) || row.clientRef().length() > 64) {
      problem = reject.apply(new String[] {"clientRef", "REQUIRED", "1 to 64 characters"});
    } else if (blank(row.meetingName()) || row.meetingName().length() > 200) {
      problem = reject.apply(new String[] {"meetingName", "REQUIRED", "1 to 200 characters"});
    } else if (blank(row.reportedBy()) || row.reportedBy().length() > 100) {
      problem = reject.apply(new String[] {"reportedBy", "REQUIRED", "1 to 100 characters"});
    }
    MeetingType type = enumOf(MeetingType.class, row.meetingType());
    AttendanceStatus status = enumOf(AttendanceStatus.class, row.status());
    Verification verification = enumOf(Verification.class, row.verification());
    if (problem == null && type == null) {
      problem =
          reject.apply(
              new String[] {
                "meetingType", "UNKNOWN_MEETING_TYPE", "one of " + List.of(MeetingType.values())
              });
    }
    if (problem == null && status == null) {
      problem =
          reject.apply(
              new String[] {
                "status", "UNKNOWN_STATUS", "one of " + List.of(AttendanceStatus.values())
              });
    }
    if (problem == null && verification == null) {
      problem =
          reject.apply(
              new String[] {
                "verification", "UNKNOWN_VERIFICATION", "one of " + List.of(Verification.values())
              });
    }
    OffsetDateTime startedAt = null;
    if (problem == null) {
      startedAt = timestamp(row.startedAt());
      if (startedAt == null) {
        problem =
            reject.apply(
                new String[] {
                  "startedAt",
                  isLocalDateTime(row.startedAt()) ? "MISSING_OFFSET" : "INVALID_TIMESTAMP",
                  "ISO-8601 with an offset, e.g. 2026-11-17T19:00:00-05:00"
                });
      } else if (startedAt.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
        problem =
            reject.apply(
                new String[] {"startedAt", "FUTURE_TIMESTAMP", "the meeting has not happened yet"});
      }
    }
    if (problem == null) {
      Integer first = firstIndexOfId.putIfAbsent(id, index);
      if (first != null) {
        problem = RowOutcome.duplicate(index, id, "repeats row " + first + " of this batch");
      }
    }
    if (problem != null) {
      outcomes.put(index, problem);
    } else {
      parsed.put(index, new Parsed(row, type, startedAt, status, verification));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static OffsetDateTime timestamp(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isLocalDateTime(String value) {
    try {
      LocalDateTime.parse(value.strip());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
