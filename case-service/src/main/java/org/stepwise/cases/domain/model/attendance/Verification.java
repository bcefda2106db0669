package org.stepwise.cases.domain.model.attendance;

/** How attendance was verified. */
public enum Verification {
  HOUSE_MANAGER_ATTESTED,
  SIGNED_SLIP,
  SELF_REPORTED,
  VIRTUAL_LINK
}
