package org.stepwise.cases.domain.model.summary;

/** Why a summary was generated: the clinic's cadence, or a case manager asked for it. */
public enum SummaryKind {
  CADENCE,
  ON_DEMAND
}
