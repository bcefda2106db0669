package org.stepwise.cases.domain.model.client;

/** Kinds of recovery meeting that count toward a meeting requirement. */
public enum MeetingType {
  AA,
  NA,
  CA,
  SMART,
  REFUGE_RECOVERY,
  CELEBRATE_RECOVERY,
  HOUSE_MEETING,
  GROUP_THERAPY
}
