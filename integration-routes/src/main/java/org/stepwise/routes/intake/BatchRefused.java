package org.stepwise.routes.intake;

/**
 * case-service refused a batch for a reason retrying will not change (a 4xx other than 401/429).
 */
public class BatchRefused extends RuntimeException {

  public BatchRefused(String reason) {
    super(reason, null, false, false);
  }
}
