package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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

  private static final String INSERT =
      """
      INSERT INTO attendance_record (client_id, meeting_type, meeting_name, started_at, started_offset,
                                     status, verification, source_key, source_channel, source_record_id,
                                     reported_by, received_by, received_at)
      SELECT r.client_id, r.meeting_type, r.meeting_name, r.started_at, r.started_offset, r.status,
             r.verification, r.source_key, r.source_channel, r.source_record_id, r.reported_by, ?, ?
        FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::text[]::timestamptz[], ?::varchar[], ?::varchar[],
                    ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
             AS r(client_id, meeting_type, meeting_name, started_at, started_offset, status,
                  verification, source_key, source_channel, source_record_id, reported_by)
      ON CONFLICT ON CONSTRAINT attendance_natural_key DO NOTHING
      RETURNING source_record_id
      """;

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;

  @Override
  public Set<String> storeNew(List<NewAttendance> records, String receivedBy, Instant receivedAt) {
    if (records.isEmpty()) {
      return Set.of();
    }
    int n = records.size();
    Long[] clientIds = new Long[n];
    Object[][] text = new Object[9][n];
    String[] startedAt = new String[n];
    for (int i = 0; i < n; i++) {
      NewAttendance r = records.get(i);
      clientIds[i] = r.clientId();
      text[0][i] = r.meetingType().name();
      text[1][i] = r.meetingName();
      startedAt[i] = r.startedAt().toString();
      text[2][i] =
          r.startedAt().getOffset().getId().equals("Z")
              ? "+00:00"
              : r.startedAt().getOffset().getId();
      text[3][i] = r.status().name();
      text[4][i] = r.verification().name();
      text[5][i] = r.sourceKey();
      text[6][i] = r.channel().name();
      text[7][i] = r.sourceRecordId();
      text[8][i] = r.reportedBy();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      s.setString(1, receivedBy);
      s.setTimestamp(2, Timestamp.from(receivedAt));
      s.setArray(3, c.createArrayOf("bigint", clientIds));
      s.setArray(4, c.createArrayOf("varchar", text[0]));
      s.setArray(5, c.createArrayOf("varchar", text[1]));
      s.setArray(6, c.createArrayOf("varchar", startedAt));
      for (int t = 2; t < 9; t++) {
        s.setArray(5 + t, c.createArrayOf("varchar", text[t]));
      }
      Set<String> stored = new HashSet<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      return stored;
    } catch (SQLException e) {
      throw Sql.failed("storing attendance", e);
    }
  }

  @Override
  public List<ResidentRef> residentsByRef(long houseId, Collection<String> clientRefs) {
    if (clientRefs.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT client_ref, client_id, move_in, move_out FROM residency"
                    + " WHERE house_id = ? AND client_ref = ANY (?)")) {
      s.setLong(1, houseId);
      Array refs = c.createArrayOf("varchar", clientRefs.toArray());
      s.setArray(2, refs);
      List<ResidentRef> result = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          java.sql.Date out = rs.getDate(4);
          result.add(
              new ResidentRef(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getDate(3).toLocalDate(),
                  out == null ? null : out.toLocalDate()));
        }
      }
      return result;
    } catch (SQLException e) {
      throw Sql.failed("reading residents", e);
    }
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
