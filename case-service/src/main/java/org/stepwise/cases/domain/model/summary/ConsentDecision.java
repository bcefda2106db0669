package org.stepwise.cases.domain.model.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stepwise.cases.domain.model.client.ClientStatus;
import org.stepwise.cases.domain.model.consent.Consent;

/**
 * Which consent a disclosure to a recipient rests on: the newest active one that names the clinic
 * (and, if it names a clinician, the one the referral names). Without one, why not.
 */
public record ConsentDecision(Consent consent, String withheldReason) {

  public static ConsentDecision choose(
      List<Consent> consents,
      long clinicId,
      String clinicianUsername,
      LocalDate today,
      ClientStatus clientStatus) {
    String reason = "NO_CONSENT";
    // newest first: the first active one wins; else the newest covering one says why
    for (Consent c : consents) {
      if (!c.covers(clinicId, clinicianUsername)) {
        continue;
      }
      Optional<String> withheld = c.withheldReason(today, clientStatus);
      if (withheld.isEmpty()) {
        return new ConsentDecision(c, null);
      }
      if (reason.equals("NO_CONSENT")) {
        reason = withheld.get();
      }
    }
    return new ConsentDecision(null, reason);
  }

  public boolean allowed() {
    return consent != null;
  }
}
