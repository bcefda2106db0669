package org.stepwise.cases.domain.model.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read model behind overviews and caseload lists: bounded statements, whatever the data. */
public interface OverviewQueries {

  OverviewFacts factsFor(long clientId, ReportingWeeks weeks, LocalDate today, Instant now);

  /**
   * Every client the search's name, status, case manager, house and level match, in name order
   * (family name, given name), with their flags; the flag, the sort and the page are the caller's.
   */
  List<CaseloadRow> caseload(
      CaseloadQuery query, ReportingWeeks weeks, LocalDate today, Instant now);

  /** The flags of these clients (every active client: null), as their caseload rows carry them. */
  Map<Long, Set<Flag>> flags(
      Collection<Long> clientIds, ReportingWeeks weeks, LocalDate today, Instant now);
}
