package org.stepwise.cases.domain.model.clinic;

import java.util.List;
import java.util.Optional;

/** Where clinics and their clinicians are kept. */
public interface ClinicRepository {

  long add(Clinic clinic);

  long addClinician(Clinician clinician, org.stepwise.cases.domain.shared.Provenance provenance);

  /** Every clinic with its clinicians. */
  List<Clinic> all();

  Optional<Clinic> find(long id);

  Optional<Clinic> byCode(String code);

  Optional<Clinician> clinicianByUsername(String username);
}
