package org.stepwise.cases.domain.model.intake;

import java.util.List;
import java.util.Optional;

/** Where intake reports are kept. */
public interface IntakeReportRepository {

  long add(IntakeReport report);

  /** A house's reports, newest first, without their rejected rows. */
  List<IntakeReport> ofHouse(long houseId, int limit);

  /** One report with its rejected rows. */
  Optional<IntakeReport> find(long houseId, long reportId);

  /** Whether a client on {@code caseManager}'s caseload lives in the house now. */
  boolean hasResidentOnCaseload(long houseId, String caseManager);
}
