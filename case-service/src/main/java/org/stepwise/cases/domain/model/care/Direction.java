package org.stepwise.cases.domain.model.care;

/** Which way a transition moves, derived from the intensity of the two levels. */
public enum Direction {
  /** The first level on a timeline (or the first after a discharge). */
  ADMISSION,
  STEP_DOWN,
  STEP_UP,
  LATERAL,
  DISCHARGE;

  public static Direction between(LevelOfCare from, LevelOfCare to) {
    if (from == null) {
      return ADMISSION;
    }
    if (to == null) {
      return DISCHARGE;
    }
    int difference = Integer.compare(to.intensity(), from.intensity());
    return difference < 0 ? STEP_DOWN : difference > 0 ? STEP_UP : LATERAL;
  }
}
