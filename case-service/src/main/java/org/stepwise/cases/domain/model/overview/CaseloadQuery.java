package org.stepwise.cases.domain.model.overview;

import org.stepwise.cases.domain.model.client.ClientStatus;

/**
 * A search of the caseload: every criterion optional; page numbers start at 0. {@code caseManager}
 * is a login as the caller asks; the service turns it into the subject the query filters on.
 */
public record CaseloadQuery(
    String name, ClientStatus status, String caseManager, String houseCode, int page, int size) {}
