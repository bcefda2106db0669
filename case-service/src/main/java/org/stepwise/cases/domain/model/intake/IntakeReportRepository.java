package org.stepwise.cases.domain.model.intake;

import java.util.List;
import java.util.Optional;

/** Where intake reports are kept. */
public interface IntakeReportRepository {

  long add(IntakeReport report);

  /** A house's reports, newest first, without their rejected rows. */
  /** The house's reports, newest first: {@code limit} of them after the first {@code offset}. */
  List<IntakeReport> ofHouse(long houseId, int limit, long offset);

  /**
   * One report with its rejected rows: all of them, or with {@code caseloadOf} (a case manager's
   * subject) only the rows about clients on that caseload.
   */
  Optional<IntakeReport> find(long houseId, long reportId, String caseloadOf);

  /**
   * Whether a client on the caseload of the case manager with this subject lives in the house now.
   */
  boolean hasResidentOnCaseload(long houseId, String caseManagerSubject);
}
