package org.stepwise.cases.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttendanceBatchTest {

  private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

  private static AttendanceRow row(String ref, String type, String startedAt, String id) {
    return new AttendanceRow(ref, type, "Group", startedAt, "ATTENDED", "SIGNED_SLIP", "hm", id);
  }

  @Test
  void eachRowIsJudgedOnItsOwn() {
    List<AttendanceRow> rows =
        List.of(
            row("R-1", "NA", "2026-11-17T19:00:00-05:00", "a"),
            row("R-1", "BINGO", "2026-11-17T19:00:00-05:00", "b"),
            row("R-1", "NA", "2026-11-17T19:00:00", "c"),
            row("R-1", "NA", "2026-11-30T19:00:00-05:00", "d"),
            row("R-1", "NA", "2026-11-18T19:00:00-05:00", "a"),
            row("R-2", "NA", "2026-11-18T19:00:00-05:00", "e"),
            row("R-1", "AA", "2026-10-01T19:00:00-05:00", "f"),
            row(" ", "AA", "2026-11-18T19:00:00-05:00", "g"),
            row("R-1", "AA", "not a time", "h"));
    AttendanceBatch batch = AttendanceBatch.parse("MAPLE", SourceChannel.SFTP, rows, NOW);
    assertEquals(Set.of("R-1", "R-2"), batch.clientRefs());
    List<NewAttendance> toStore =
        batch.resolve(List.of(new ResidentRef("R-1", 7, LocalDate.of(2026, 11, 1), null)));
    assertEquals(List.of("a"), toStore.stream().map(NewAttendance::sourceRecordId).toList());
    assertEquals(7, toStore.get(0).clientId());

    List<RowOutcome> outcomes = batch.outcomes(Set.of("a"));
    assertEquals(
        List.of(
            "ACCEPTED",
            "REJECTED/UNKNOWN_MEETING_TYPE",
            "REJECTED/MISSING_OFFSET",
            "REJECTED/FUTURE_TIMESTAMP",
            "DUPLICATE/DUPLICATE",
            "REJECTED/UNKNOWN_CLIENT",
            "REJECTED/UNKNOWN_CLIENT",
            "REJECTED/REQUIRED",
            "REJECTED/INVALID_TIMESTAMP"),
        outcomes.stream().map(o -> o.result() + (o.code() == null ? "" : "/" + o.code())).toList());
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), outcomes.stream().map(RowOutcome::index).toList());
  }

  @Test
  void aRowStoredBeforeComesBackDuplicate() {
    AttendanceBatch batch =
        AttendanceBatch.parse(
            "MAPLE",
            SourceChannel.SFTP,
            List.of(row("R-1", "NA", "2026-11-17T19:00:00-05:00", "a")),
            NOW);
    batch.resolve(List.of(new ResidentRef("R-1", 7, LocalDate.of(2026, 11, 1), null)));
    assertEquals(RowOutcome.Result.DUPLICATE, batch.outcomes(Set.of()).get(0).result());
  }
}
