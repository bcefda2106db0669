package org.stepwise.cases.domain.model.overview;

import org.stepwise.cases.domain.model.care.LevelOfCare;
import org.stepwise.cases.domain.model.client.ClientStatus;

/**
 * A search of the caseload: every criterion optional; page numbers start at 0. {@code caseManager}
 * is a login as the caller asks; the service turns it into the subject the query filters on. The
 * whole caseload that matches is sorted before it is paged, so the first page of a program of ten
 * thousand clients holds its most urgent ones, whatever their names.
 */
public record CaseloadQuery(
    String name,
    ClientStatus status,
    String caseManager,
    String houseCode,
    LevelOfCare level,
    Flag flag,
    CaseloadSort sort,
    boolean descending,
    int page,
    int size) {

  /** The same search on another caseload owner (a subject, once resolved). */
  public CaseloadQuery ownedBy(String owner) {
    return new CaseloadQuery(
        name, status, owner, houseCode, level, flag, sort, descending, page, size);
  }
}
