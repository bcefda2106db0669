package org.stepwise.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stepwise.cases.domain.model.audit.AuditAction;
import org.stepwise.cases.domain.model.clinic.Clinic;
import org.stepwise.cases.domain.model.clinic.ClinicRepository;
import org.stepwise.cases.domain.model.clinic.Clinician;
import org.stepwise.cases.domain.model.clinic.SecureAddresses;
import org.stepwise.cases.domain.shared.Conflict;
import org.stepwise.cases.domain.shared.NotFound;
import org.stepwise.cases.domain.shared.Provenance;
import org.stepwise.cases.infrastructure.audit.Audited;
import org.stepwise.cases.infrastructure.security.CurrentUser;
import org.stepwise.cases.infrastructure.time.ProgramCalendar;

/** Referring clinics and their clinicians: kept by program admins, read by case managers. */
@ApplicationScoped
@Transactional
public class ClinicService {

  @Inject private ClinicRepository clinics;

  /** The local demo and tests, where clinics listen on loopback without TLS. */
  @Inject
  @ConfigProperty(name = "stepwise.local-mode", defaultValue = "false")
  private boolean localMode;

  @Inject private CurrentUser user;
  @Inject private ProgramCalendar calendar;

  public List<Clinic> all() {
    return clinics.all();
  }

  @Audited(action = AuditAction.CREATE, record = "clinic")
  public Clinic add(Clinic clinic) {
    if (clinics.byCode(clinic.code()).isPresent()) {
      throw new Conflict("code", "DUPLICATE", "a clinic with this code exists");
    }
    SecureAddresses.require(clinic, localMode);
    Clinic stored =
        new Clinic(
            null,
            clinic.code(),
            clinic.name(),
            clinic.npi(),
            clinic.channel(),
            clinic.endpoint(),
            clinic.auth(),
            clinic.tokenUrl(),
            clinic.authClient(),
            clinic.cadence(),
            List.of(),
            new Provenance(user.username(), calendar.now()));
    return stored.withId(clinics.add(stored));
  }

  @Audited(action = AuditAction.CREATE, record = "clinician")
  public Clinician addClinician(long clinicId, String username, String name, String npi) {
    clinics.find(clinicId).orElseThrow(() -> new NotFound("clinic", clinicId));
    if (clinics.clinicianByUsername(username).isPresent()) {
      throw new Conflict("username", "DUPLICATE", "this login is already a clinician");
    }
    Clinician c = new Clinician(null, clinicId, username, name, npi);
    long id = clinics.addClinician(c, new Provenance(user.username(), calendar.now()));
    return new Clinician(id, clinicId, username, name, npi);
  }
}
