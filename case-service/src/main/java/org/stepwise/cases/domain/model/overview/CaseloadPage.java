package org.stepwise.cases.domain.model.overview;

import java.util.List;

/**
 * One page of a caseload search: {@code total} clients matched the search, {@code flagged} of them
 * carry a flag; {@code rows} are those of page {@code page} (from 0) of {@code size}.
 */
public record CaseloadPage(List<CaseloadRow> rows, long total, long flagged, int page, int size) {

  /** The client ids on the page, for the audit trail. */
  public List<Long> clientIds() {
    return rows.stream().map(CaseloadRow::clientId).toList();
  }
}
