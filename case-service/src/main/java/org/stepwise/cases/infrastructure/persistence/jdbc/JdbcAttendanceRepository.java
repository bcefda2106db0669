package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.attendance.AttendanceRecord;
import org.stepwise.cases.domain.model.attendance.AttendanceRepository;
import org.stepwise.cases.domain.model.attendance.NewAttendance;
import org.stepwise.cases.domain.model.attendance.ResidentRef;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/**
 * Attendance arrives in batches of hundreds of rows: one INSERT of arrays per batch, with the
 * natural key deciding duplicates in the database, where concurrent batches cannot race.
 */
@ApplicationScoped
public class JdbcAttendanceRepository implements AttendanceRepository {

  private static final UnnestRows<NewAttendance> ROWS =
      new UnnestRows<NewAttendance>()
          .bigint("client_id", NewAttendance::clientId)
          .text("meeting_type", r -> r.meetingType().name())
          .text("meeting_name", NewAttendance::meetingName)
          .timestamptz("started_at", NewAttendance::startedAt)
          .text("started_offset", r -> UnnestRows.offset(r.startedAt()))
          .text("status", r -> r.status().name())
          .text("verification", r -> r.verification().name())
          .text("source_key", NewAttendance::sourceKey)
          .text("source_channel", r -> r.channel().name())
          .text("source_record_id", NewAttendance::sourceRecordId)
          .text("reported_by", NewAttendance::reportedBy);

  private static final String INSERT =
      """
      INSERT INTO attendance_record (client_id, meeting_type, meeting_name, started_at, started_offset,
                                     status, verification, source_key, source_channel, source_record_id,
                                     reported_by, received_by, received_at)
      SELECT r.client_id, r.meeting_type, r.meeting_name, r.started_at, r.started_offset, r.status,
             r.verification, r.source_key, r.source_channel, r.source_record_id, r.reported_by, ?, ?
        FROM %s
      ON CONFLICT ON CONSTRAINT attendance_natural_key DO NOTHING
      RETURNING source_record_id
      """
          .formatted(ROWS.from("r"));

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;

  @Override
  public Set<String> storeNew(List<NewAttendance> records, String receivedBy, Instant receivedAt) {
    return ROWS.insertReturning(
        dataSource, "storing attendance", INSERT, records, receivedBy, receivedAt);
  }

  @Override
  public List<ResidentRef> residentsByRef(long houseId, Collection<String> clientRefs) {
    if (clientRefs.isEmpty()) {
      return List.of();
    }
    return Sql.list(
        dataSource,
        "reading residents",
        "SELECT client_ref, client_id, move_in, move_out FROM residency"
            + " WHERE house_id = ? AND client_ref = ANY (?)",
        rs -> new ResidentRef(rs.getString(1), rs.getLong(2), Sql.date(rs, 3), Sql.date(rs, 4)),
        houseId,
        clientRefs.toArray(String[]::new));
  }

  @Override
  public List<AttendanceRecord> of(long clientId, Instant from, Instant to) {
    return em.createQuery(
            "SELECT a FROM AttendanceRecord a WHERE a.clientId = :c AND a.startedAt >= :from"
                + " AND a.startedAt < :to ORDER BY a.startedAt DESC",
            AttendanceRecord.class)
        .setParameter("c", clientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
