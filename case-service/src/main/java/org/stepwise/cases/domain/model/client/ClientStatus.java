package org.stepwise.cases.domain.model.client;

/** Where a client stands in aftercare. */
public enum ClientStatus {
  ACTIVE,
  DISCHARGED,
  LOST_TO_CONTACT
}
