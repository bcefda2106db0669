package org.stepwise.cases.domain.model.overview;

import java.util.List;

/** One page of a caseload search; {@code total} is null when asked for a page past the end. */
public record CaseloadPage(List<CaseloadRow> rows, Long total, int page, int size) {

  /** The client ids on the page, for the audit trail. */
  public List<Long> clientIds() {
    return rows.stream().map(CaseloadRow::clientId).toList();
  }
}
