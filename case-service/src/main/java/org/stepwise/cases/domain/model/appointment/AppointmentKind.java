package org.stepwise.cases.domain.model.appointment;

/** What an aftercare appointment is for. */
public enum AppointmentKind {
  THERAPY,
  PSYCHIATRY,
  GROUP,
  FAMILY_THERAPY,
  MEDICAL,
  OTHER
}
