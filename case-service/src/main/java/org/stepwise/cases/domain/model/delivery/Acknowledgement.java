package org.stepwise.cases.domain.model.delivery;

import java.time.Instant;
import org.stepwise.cases.domain.shared.InvalidInput;

/**
 * A clinic's word that a delivered summary was read: by which clinician, when, and an optional
 * short reply to the case manager ("saw him Tuesday, continuing psychiatric follow-up"). Part of
 * the client's record, like a case note: never changed.
 */
public record Acknowledgement(long summaryId, String by, Instant at, String reply) {

  public static final int MAX_REPLY = 500;

  public Acknowledgement {
    if (reply != null) {
      reply = reply.strip();
      if (reply.isEmpty()) {
        reply = null;
      } else if (reply.length() > MAX_REPLY) {
        throw new InvalidInput("reply", "TOO_LONG", "at most " + MAX_REPLY + " characters");
      }
    }
  }
}
