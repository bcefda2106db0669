package org.stepwise.cases.domain.model.audit;

/**
 * What recomputing the audit trail's hash chain found: how many events it covers, the hash at its
 * head (worth recording elsewhere: a chain rewritten from some point on ends at another head), and
 * the first broken link, if any, with why.
 *
 * @param events the events in the chain
 * @param head the head's hash, hex
 * @param brokenAtEvent the first event whose link does not hold, or null
 * @param problem EVENT_CHANGED, EVENT_MISSING, LINK_BROKEN, UNCHAINED_EVENT or HEAD_MISMATCH, or
 *     null
 */
public record ChainVerification(long events, String head, Long brokenAtEvent, String problem) {

  public boolean intact() {
    return problem == null;
  }
}
