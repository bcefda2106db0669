package org.stepwise.cases.domain.model.overview;

import java.time.Instant;
import java.time.LocalDate;

/** The read model behind overviews and caseload lists: bounded statements, whatever the data. */
public interface OverviewQueries {

  OverviewFacts factsFor(long clientId, ReportingWeeks weeks, LocalDate today);

  CaseloadPage caseload(CaseloadQuery query, ReportingWeeks weeks, LocalDate today, Instant now);
}
