package org.stepwise.cases.domain.model.summary;

import java.util.Collection;
import java.util.Map;

/** Gathers the facts of many clients for one period in a fixed number of statements. */
public interface SummaryFactsQueries {

  Map<Long, SummaryFacts> gather(Collection<Long> clientIds, Period period);
}
