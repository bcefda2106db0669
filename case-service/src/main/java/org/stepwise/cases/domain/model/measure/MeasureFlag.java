package org.stepwise.cases.domain.model.measure;

/** An answer that needs someone to act on it, whatever the total. */
public enum MeasureFlag {
  /** PHQ-9 item 9 (thoughts that you would be better off dead or of hurting yourself) above 0. */
  SELF_HARM_THOUGHTS
}
