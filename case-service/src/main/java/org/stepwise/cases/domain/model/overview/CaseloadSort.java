package org.stepwise.cases.domain.model.overview;

/** The column a caseload is sorted by; ties are broken by name (family name, given name). */
public enum CaseloadSort {
  /** Flagged and most urgent first (descending), then the number of flags, then name. */
  URGENCY,
  NAME,
  /** By the level's intensity of care: residential above outpatient. */
  LEVEL,
  DAYS_IN_LEVEL,
  LAST_ATTENDED,
  NEXT_STEP_DOWN
}
