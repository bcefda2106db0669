package org.stepwise.cases.domain.model.overview;

/**
 * What the flags read of the aftercare appointments, each over the appointments kept or missed (a
 * cancellation or reschedule neither breaks nor makes a run): whether the latest psychiatric
 * check-in of a medication series was missed, and whether the last two therapy sessions were.
 */
public record AftercareFacts(boolean missedPsychiatricCheckIn, boolean twoMissedTherapySessions) {

  public static final AftercareFacts NONE = new AftercareFacts(false, false);
}
