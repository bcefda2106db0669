package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stepwise.cases.domain.model.attendance.AttendanceBatch;
import org.stepwise.cases.domain.model.attendance.AttendanceRecord;
import org.stepwise.cases.domain.model.attendance.AttendanceRepository;
import org.stepwise.cases.domain.model.attendance.AttendanceRow;
import org.stepwise.cases.domain.model.attendance.AttendanceStatus;
import org.stepwise.cases.domain.model.attendance.ManualRecordIds;
import org.stepwise.cases.domain.model.attendance.NewAttendance;
import org.stepwise.cases.domain.model.attendance.RowOutcome;
import org.stepwise.cases.domain.model.attendance.SourceChannel;
import org.stepwise.cases.domain.model.attendance.Verification;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.client.MeetingType;
import org.stepwise.cases.domain.model.house.House;
import org.stepwise.cases.domain.model.house.HouseRepository;
import org.stepwise.cases.domain.model.house.Residency;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.OutOfScope;
import org.stepwise.cases.domain.shared.RuleViolation;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.audit.ClientId;
import org.stepwise.cases.infrastructure.metrics.ApplicationMetrics;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Attendance: batches from houses and their systems, single entries, and a client's history. */
@ApplicationScoped
@Transactional
public class AttendanceService {

  /** Source key of records entered in Stepwise for a client who lives in no house. */
  static final String STEPWISE_SOURCE = "STEPWISE";

  @Inject private AttentionService attention;
  @Inject private AttendanceRepository attendance;
  @Inject private HouseRepository houses;
  @Inject private HouseAccess houseAccess;
  @Inject private ClientAccess clientAccess;
  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;
  @Inject private ApplicationMetrics metrics;

  /**
   * One batch's answer, row by row; {@code clientIds} names the clients whose records were stored.
   */
  public record BatchResult(String houseCode, List<RowOutcome> rows, List<Long> clientIds) {}

  /** One record entered by hand. */
  public record ManualEntry(
      MeetingType meetingType,
      String meetingName,
      java.time.OffsetDateTime startedAt,
      AttendanceStatus status,
      Verification verification,
      String sourceRecordId) {}

  @Audited(action = AuditAction.CREATE, record = "attendance")
  public BatchResult recordBatch(
      String houseCode, SourceChannel channel, List<AttendanceRow> rows) {
    House house = houseAccess.reporting(houseCode);
    AttendanceBatch batch = AttendanceBatch.parse(house.code(), channel, rows, calendar.now());
    List<NewAttendance> candidates =
        batch.resolve(attendance.residentsByRef(house.id(), batch.clientRefs()));
    Set<String> stored = attendance.storeNew(candidates, user.username(), calendar.now());
    List<Long> clientIds =
        candidates.stream()
            .filter(c -> stored.contains(c.sourceRecordId()))
            .map(NewAttendance::clientId)
            .distinct()
            .toList();
    if (!clientIds.isEmpty()) {
      attention.evaluate(clientIds);
    }
    BatchResult result = new BatchResult(house.code(), batch.outcomes(stored), clientIds);
    metrics.attendanceRows(result.rows());
    return result;
  }

  @Audited(action = AuditAction.CREATE, record = "attendance")
  public NewAttendance record(@ClientId long clientId, ManualEntry entry) {
    String source = sourceFor(clientId);
    if (entry.startedAt().toInstant().isAfter(calendar.now().plusSeconds(300))) {
      throw new RuleViolation("startedAt", "FUTURE_TIMESTAMP", "the meeting has not happened yet");
    }
    NewAttendance record =
        new NewAttendance(
            clientId,
            entry.meetingType(),
            entry.meetingName(),
            entry.startedAt(),
            entry.status(),
            entry.verification(),
            source,
            SourceChannel.MANUAL,
            ManualRecordIds.of(entry.sourceRecordId()),
            user.username());
    if (attendance.storeNew(List.of(record), user.username(), calendar.now()).isEmpty()) {
      metrics.attendanceRow(RowOutcome.Result.DUPLICATE);
      throw new Conflict(
          "sourceRecordId", "DUPLICATE", "a record with this source record id is stored already");
    }
    attention.evaluate(List.of(clientId));
    metrics.attendanceRow(RowOutcome.Result.ACCEPTED);
    return record;
  }

  /**
   * A client's attendance between two days (both optional: the last 90 days up to today). A house
   * manager gets the minimum necessary: what their house reported during the current stay, not the
   * client's other sources (another house, entries by the case manager) nor what came before.
   */
  @Audited(action = AuditAction.READ, record = "attendance")
  public List<AttendanceRecord> history(@ClientId long clientId, LocalDate from, LocalDate to) {
    var stay = requireAttendanceScope(clientId);
    LocalDate until = to == null ? calendar.today() : to;
    LocalDate since = from == null ? until.minusDays(90) : from;
    if (mayOpenChart()) {
      return attendance.of(clientId, calendar.startOf(since), calendar.startOf(until.plusDays(1)));
    }
    Residency current = stay.orElseThrow(() -> new OutOfScope("client", clientId));
    String house = houses.find(current.houseId()).map(House::code).orElseThrow();
    LocalDate first = since.isBefore(current.moveIn()) ? current.moveIn() : since;
    return attendance
        .of(clientId, calendar.startOf(first), calendar.startOf(until.plusDays(1)))
        .stream()
        .filter(r -> r.sourceKey().equals(house))
        .toList();
  }

  private boolean mayOpenChart() {
    return user.hasRole(CurrentUser.PROGRAM_ADMIN) || user.hasRole(CurrentUser.CASE_MANAGER);
  }

  /**
   * Case managers and admins enter attendance for clients they may see, as Stepwise's own source; a
   * house manager for the current residents of their houses, as that house.
   */
  private String sourceFor(long clientId) {
    var stay = requireAttendanceScope(clientId);
    if (mayOpenChart()) {
      return STEPWISE_SOURCE;
    }
    return stay.map(Residency::houseId)
        .flatMap(houses::find)
        .map(House::code)
        .orElse(STEPWISE_SOURCE);
  }

  /**
   * A client's attendance is open to whoever may open the chart, and to the managers of the house
   * the client lives in now (a resident who moved out drops off their view). Returns the current
   * stay, if any.
   */
  private java.util.Optional<Residency> requireAttendanceScope(long clientId) {
    var stay = houses.currentStayOf(clientId);
    if (mayOpenChart()) {
      clientAccess.chart(clientId);
      return stay;
    }
    return java.util.Optional.of(houseAccess.currentResidency(clientId));
  }
}
