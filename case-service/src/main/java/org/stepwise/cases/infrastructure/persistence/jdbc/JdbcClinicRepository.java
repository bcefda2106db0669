package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.clinic.Cadence;
import org.stepwise.cases.domain.model.clinic.ChannelAuth;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.clinic.DeliveryChannel;
import org.stepwise.cases.domain.shared.Provenance;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** ClinicRepository with their clinicians: a handful of rows, read in one statement with a join. */
@ApplicationScoped
public class JdbcClinicRepository implements ClinicRepository {

  private static final String SELECT =
      "SELECT c.id, c.code, c.name, c.npi, c.channel, c.endpoint, c.auth, c.token_url,"
          + " c.auth_client, c.cadence, c.recorded_by, c.recorded_at,"
          + " d.id, d.username, d.name, d.npi"
          + " FROM clinic c LEFT JOIN clinician d ON d.clinic_id = c.id";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public long add(Clinic clinic) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO clinic (code, name, npi, channel, endpoint, auth, token_url,"
                    + " auth_client, cadence, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, clinic.code());
      s.setString(2, clinic.name());
      s.setString(3, clinic.npi());
      s.setString(4, clinic.channel().name());
      s.setString(5, clinic.endpoint());
      s.setString(6, clinic.auth().name());
      s.setString(7, clinic.tokenUrl());
      s.setString(8, clinic.authClient());
      s.setString(9, clinic.cadence().name());
      s.setString(10, clinic.provenance().recordedBy());
      s.setTimestamp(11, Timestamp.from(clinic.provenance().recordedAt()));
      s.executeUpdate();
      return Sql.key(s);
    } catch (SQLException e) {
      throw Sql.failed("storing a clinic", e);
    }
  }

  @Override
  public long addClinician(Clinician d, Provenance provenance) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO clinician (clinic_id, username, name, npi, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, d.clinicId());
      s.setString(2, d.username());
      s.setString(3, d.name());
      s.setString(4, d.npi());
      s.setString(5, provenance.recordedBy());
      s.setTimestamp(6, Timestamp.from(provenance.recordedAt()));
      s.executeUpdate();
      return Sql.key(s);
    } catch (SQLException e) {
      throw Sql.failed("storing a clinician", e);
    }
  }

  @Override
  public List<Clinic> all() {
    return query(" ORDER BY c.code, d.username", null);
  }

  @Override
  public Optional<Clinic> find(long id) {
    return query(" WHERE c.id = ? ORDER BY d.username", id).stream().findFirst();
  }

  @Override
  public Optional<Clinic> byCode(String code) {
    return query(" WHERE c.code = ? ORDER BY d.username", code).stream().findFirst();
  }

  @Override
  public Optional<Clinician> clinicianByUsername(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, clinic_id, username, name, npi FROM clinician WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Clinician(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Sql.failed("reading a clinician", e);
    }
  }

  private List<Clinic> query(String where, Object param) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SELECT + where)) {
      if (param != null) {
        s.setObject(1, param);
      }
      Map<Long, Clinic> clinics = new LinkedHashMap<>();
      Map<Long, List<Clinician>> clinicians = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          if (!clinics.containsKey(id)) {
            clinics.put(
                id,
                new Clinic(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    DeliveryChannel.valueOf(rs.getString(5)),
                    rs.getString(6),
                    ChannelAuth.valueOf(rs.getString(7)),
                    rs.getString(8),
                    rs.getString(9),
                    Cadence.valueOf(rs.getString(10)),
                    List.of(),
                    new Provenance(rs.getString(11), rs.getTimestamp(12).toInstant())));
            clinicians.put(id, new ArrayList<>());
          }
          long clinician = rs.getLong(13);
          if (!rs.wasNull()) {
            clinicians
                .get(id)
                .add(
                    new Clinician(
                        clinician, id, rs.getString(14), rs.getString(15), rs.getString(16)));
          }
        }
      }
      return clinics.values().stream()
          .map(k -> k.withClinicians(List.copyOf(clinicians.get(k.id()))))
          .toList();
    } catch (SQLException e) {
      throw Sql.failed("reading clinics", e);
    }
  }
}
