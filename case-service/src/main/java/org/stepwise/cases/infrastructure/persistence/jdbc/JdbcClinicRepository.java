package org.stepwise.cases.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    return Sql.insert(
        dataSource,
        "storing a clinic",
        "INSERT INTO clinic (code, name, npi, channel, endpoint, auth, token_url, auth_client,"
            + " cadence, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        clinic.code(),
        clinic.name(),
        clinic.npi(),
        clinic.channel(),
        clinic.endpoint(),
        clinic.auth(),
        clinic.tokenUrl(),
        clinic.authClient(),
        clinic.cadence(),
        clinic.provenance().recordedBy(),
        clinic.provenance().recordedAt());
  }

  @Override
  public long addClinician(Clinician d, Provenance provenance) {
    return Sql.insert(
        dataSource,
        "storing a clinician",
        "INSERT INTO clinician (clinic_id, username, name, npi, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        d.clinicId(),
        d.username(),
        d.name(),
        d.npi(),
        provenance.recordedBy(),
        provenance.recordedAt());
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
    return Sql.list(
            dataSource,
            "reading a clinician",
            "SELECT id, clinic_id, username, name, npi FROM clinician WHERE username = ?",
            rs ->
                new Clinician(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)),
            username)
        .stream()
        .findFirst();
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
