package org.stepwise.cases.domain.model.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where consents and their revocations are kept. */
public interface ConsentRepository {

  long add(Consent consent);

  /** Adds the revocation unless one exists; false when the consent was already revoked. */
  boolean revoke(long consentId, Revocation revocation);

  /** A client's consents, newest first, with revocations. */
  List<Consent> ofClient(long clientId);

  Optional<Consent> find(long clientId, long consentId);

  /** The consents of many clients in one query, by client. */
  Map<Long, List<Consent>> ofClients(Collection<Long> clientIds);

  /** ConsentRepository by id with their client's status (which ends END_OF_TREATMENT consents). */
  Map<Long, Standing> standing(Collection<Long> consentIds);

  /** A consent as it stands today. */
  record Standing(
      Consent consent, org.stepwise.cases.domain.model.client.ClientStatus clientStatus) {}
}
