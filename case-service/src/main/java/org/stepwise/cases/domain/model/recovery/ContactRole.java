package org.stepwise.cases.domain.model.recovery;

/** Who an emergency contact is to the client. */
public enum ContactRole {
  THERAPIST,
  SPONSOR,
  CRISIS_LINE,
  FAMILY,
  OTHER
}
