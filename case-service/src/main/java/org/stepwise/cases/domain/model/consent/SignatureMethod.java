package org.stepwise.cases.domain.model.consent;

/** How the client signed the consent form. */
public enum SignatureMethod {
  WET_INK,
  ELECTRONIC
}
