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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.consent.Consent;
import org.stepwise.cases.domain.model.consent.ConsentRepository;
import org.stepwise.cases.domain.model.consent.ExpiryEvent;
import org.stepwise.cases.domain.model.consent.Revocation;
import org.stepwise.cases.domain.model.consent.Section;
import org.stepwise.cases.domain.model.consent.SignatureMethod;
import org.stepwise.cases.infrastructure.persistence.StepwiseDataSource;

/** ConsentRepository and revocations: both insert-only; a consent's state is the pair. */
@ApplicationScoped
public class JdbcConsentRepository implements ConsentRepository {

  private static final String SELECT =
      "SELECT k.id, k.client_id, k.discloser, k.clinic_id, c.code, k.clinician_id, d.username,"
          + " k.purpose, k.sections, k.effective_from, k.expires_on, k.expiry_event, k.signed_by,"
          + " k.signed_on, k.signature_method, k.revocation_right_explained, k.recorded_by,"
          + " k.recorded_at, r.revoked_at, r.reason, r.recorded_by, cl.status"
          + " FROM consent k JOIN clinic c ON c.id = k.clinic_id"
          + " JOIN client cl ON cl.id = k.client_id"
          + " LEFT JOIN clinician d ON d.id = k.clinician_id"
          + " LEFT JOIN consent_revocation r ON r.consent_id = k.id";

  @Resource(lookup = StepwiseDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public long add(Consent k) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO consent (client_id, discloser, clinic_id, clinician_id, purpose,"
                    + " sections, effective_from, expires_on, expiry_event, signed_by, signed_on,"
                    + " signature_method, revocation_right_explained, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, k.clientId());
      s.setString(2, k.discloser());
      s.setLong(3, k.clinicId());
      Sql.setLong(s, 4, k.clinicianId());
      s.setString(5, k.purpose());
      s.setString(6, Section.join(k.sections()));
      Sql.setDate(s, 7, k.effectiveFrom());
      Sql.setDate(s, 8, k.expiresOn());
      s.setString(9, k.expiryEvent() == null ? null : k.expiryEvent().name());
      s.setString(10, k.signedBy());
      Sql.setDate(s, 11, k.signedOn());
      s.setString(12, k.signatureMethod().name());
      s.setBoolean(13, k.revocationRightExplained());
      s.setString(14, k.recordedBy());
      s.setTimestamp(15, Timestamp.from(k.recordedAt()));
      s.executeUpdate();
      return Sql.key(s);
    } catch (SQLException e) {
      throw Sql.failed("storing a consent", e);
    }
  }

  @Override
  public boolean revoke(long consentId, Revocation r) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO consent_revocation (consent_id, revoked_at, reason, recorded_by)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (consent_id) DO NOTHING")) {
      s.setLong(1, consentId);
      s.setTimestamp(2, Timestamp.from(r.revokedAt()));
      s.setString(3, r.reason());
      s.setString(4, r.recordedBy());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw Sql.failed("revoking a consent", e);
    }
  }

  @Override
  public List<Consent> ofClient(long clientId) {
    return query(" WHERE k.client_id = ? ORDER BY k.recorded_at DESC, k.id DESC", clientId).stream()
        .map(Standing::consent)
        .toList();
  }

  @Override
  public Optional<Consent> find(long clientId, long consentId) {
    return query(" WHERE k.client_id = ? AND k.id = ?", clientId, consentId).stream()
        .map(Standing::consent)
        .findFirst();
  }

  @Override
  public Map<Long, List<Consent>> ofClients(Collection<Long> clientIds) {
    Map<Long, List<Consent>> byClient = new HashMap<>();
    for (Standing s :
        query(" WHERE k.client_id = ANY (?) ORDER BY k.recorded_at DESC, k.id DESC", clientIds)) {
      byClient.computeIfAbsent(s.consent().clientId(), id -> new ArrayList<>()).add(s.consent());
    }
    return byClient;
  }

  @Override
  public Map<Long, Standing> standing(Collection<Long> consentIds) {
    Map<Long, Standing> byId = new LinkedHashMap<>();
    for (Standing s : query(" WHERE k.id = ANY (?)", consentIds)) {
      byId.put(s.consent().id(), s);
    }
    return byId;
  }

  private List<Standing> query(String where, Object... params) {
    return Sql.list(
        dataSource, "reading consents", SELECT + where, JdbcConsentRepository::standing, params);
  }

  private static Standing standing(ResultSet rs) throws SQLException {
    Revocation revocation =
        rs.getTimestamp(19) == null
            ? null
            : new Revocation(Sql.instant(rs, 19), rs.getString(20), rs.getString(21));
    String event = rs.getString(12);
    return new Standing(
        new Consent(
            rs.getLong(1),
            rs.getLong(2),
            rs.getString(3),
            rs.getLong(4),
            rs.getString(5),
            Sql.longOrNull(rs, 6),
            rs.getString(7),
            rs.getString(8),
            Section.parse(rs.getString(9)),
            Sql.date(rs, 10),
            Sql.date(rs, 11),
            event == null ? null : ExpiryEvent.valueOf(event),
            rs.getString(13),
            Sql.date(rs, 14),
            SignatureMethod.valueOf(rs.getString(15)),
            rs.getBoolean(16),
            rs.getString(17),
            Sql.instant(rs, 18),
            revocation),
        ClientStatus.valueOf(rs.getString(22)));
  }
}
