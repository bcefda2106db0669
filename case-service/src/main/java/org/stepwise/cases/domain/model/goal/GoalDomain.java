package org.stepwise.cases.domain.model.goal;

/** Life areas a goal belongs to; summaries lead with housing and employment. */
public enum GoalDomain {
  EMPLOYMENT,
  HOUSING,
  EDUCATION,
  FINANCIAL,
  LEGAL,
  HEALTH,
  FAMILY,
  RECOVERY
}
