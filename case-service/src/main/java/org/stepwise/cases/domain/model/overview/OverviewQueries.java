package org.stepwise.cases.domain.model.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The read model behind overviews and caseload lists: bounded statements, whatever the data. */
public interface OverviewQueries {

  OverviewFacts factsFor(long clientId, ReportingWeeks weeks, LocalDate today, Instant now);

  CaseloadPage caseload(CaseloadQuery query, ReportingWeeks weeks, LocalDate today, Instant now);

  /** The flags of these clients (every active client: null), as their caseload rows carry them. */
  Map<Long, Set<Flag>> flags(
      Collection<Long> clientIds, ReportingWeeks weeks, LocalDate today, Instant now);
}
