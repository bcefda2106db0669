package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.appointment.AppointmentKind;
import org.stepwise.cases.domain.model.appointment.AppointmentRepository;
import org.stepwise.cases.domain.model.appointment.AppointmentSeries;
import org.stepwise.cases.domain.model.appointment.Occurrence;
import org.stepwise.cases.domain.model.appointment.OccurrenceOutcome;
import org.stepwise.cases.domain.model.appointment.RecurrenceUnit;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** Appointment series and occurrences; the database keeps every recorded outcome's history. */
@ApplicationScoped
public class JdbcAppointmentRepository implements AppointmentRepository {

  private static final String SERIES =
      "SELECT id, client_id, kind, provider, every_n, unit, starts_on, ends_on, minimum_weeks,"
          + " medication_management FROM appointment_series";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public AppointmentSeries add(AppointmentSeries s, String by, java.time.Instant at) {
    long id =
        Sql.insert(
            dataSource,
            "storing an appointment series",
            "INSERT INTO appointment_series (client_id, kind, provider, every_n, unit, starts_on,"
                + " ends_on, minimum_weeks, medication_management, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.clientId(),
            s.kind(),
            s.provider(),
            s.every(),
            s.unit(),
            Date.valueOf(s.startsOn()),
            s.endsOn() == null ? null : Date.valueOf(s.endsOn()),
            s.minimumWeeks(),
            s.medicationManagement(),
            by,
            at);
    return s.withId(id);
  }

  @Override
  public Optional<AppointmentSeries> find(long clientId, long seriesId) {
    return Sql.list(
            dataSource,
            "reading an appointment series",
            SERIES + " WHERE client_id = ? AND id = ?",
            JdbcAppointmentRepository::series,
            clientId,
            seriesId)
        .stream()
        .findFirst();
  }

  @Override
  public List<AppointmentSeries> seriesOf(long clientId) {
    return Sql.list(
        dataSource,
        "reading appointment series",
        SERIES + " WHERE client_id = ? ORDER BY starts_on, id",
        JdbcAppointmentRepository::series,
        clientId);
  }

  @Override
  public Occurrence record(long clientId, AppointmentSeries series, Occurrence o) {
    return Sql.list(
            dataSource,
            "recording an appointment",
            "INSERT INTO appointment_occurrence (series_id, scheduled_on, client_id, kind,"
                + " medication, outcome, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (series_id, scheduled_on) DO UPDATE SET outcome = EXCLUDED.outcome,"
                + " recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at"
                + " RETURNING series_id, scheduled_on, outcome, recorded_by, recorded_at",
            JdbcAppointmentRepository::occurrence,
            series.id(),
            Date.valueOf(o.scheduledOn()),
            clientId,
            series.kind(),
            series.medicationManagement(),
            o.outcome(),
            o.recordedBy(),
            o.recordedAt())
        .get(0);
  }

  @Override
  public List<Occurrence> occurrencesSince(long clientId, LocalDate from) {
    return Sql.list(
        dataSource,
        "reading appointments",
        "SELECT series_id, scheduled_on, outcome, recorded_by, recorded_at"
            + " FROM appointment_occurrence WHERE client_id = ? AND scheduled_on >= ?"
            + " ORDER BY scheduled_on DESC, series_id",
        JdbcAppointmentRepository::occurrence,
        clientId,
        Date.valueOf(from));
  }

  private static AppointmentSeries series(ResultSet rs) throws SQLException {
    return new AppointmentSeries(
        rs.getLong(1),
        rs.getLong(2),
        AppointmentKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getInt(5),
        RecurrenceUnit.valueOf(rs.getString(6)),
        Sql.date(rs, 7),
        Sql.date(rs, 8),
        Sql.intOrNull(rs, 9),
        rs.getBoolean(10));
  }

  private static Occurrence occurrence(ResultSet rs) throws SQLException {
    return new Occurrence(
        rs.getLong(1),
        Sql.date(rs, 2),
        OccurrenceOutcome.valueOf(rs.getString(3)),
        rs.getString(4),
        Sql.instant(rs, 5));
  }
}
