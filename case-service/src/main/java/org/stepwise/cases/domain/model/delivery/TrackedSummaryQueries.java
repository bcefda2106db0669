package org.stepwise.cases.domain.model.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Summaries read together with their delivery, for the screens and the routes. */
public interface TrackedSummaryQueries {

  /** One summary with its document and its log of attempts. */
  Optional<TrackedSummary> find(long summaryId);

  /** These summaries with their documents (no log), in id order. */
  List<TrackedSummary> withDocuments(Collection<Long> summaryIds);

  /** A client's summaries, newest first, without documents. */
  List<TrackedSummary> ofClient(long clientId, int limit);

  /** Summaries whose delivery is in a status, newest first, without documents. */
  List<TrackedSummary> withStatus(DeliveryStatus status, int limit);

  /** Summaries delivered to a clinic, newest delivery first, without documents. */
  List<TrackedSummary> deliveredTo(long clinicId, int limit);
}
