package org.stepwise.cases.domain.model.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stepwise.cases.domain.shared.RuleViolation;

/**
 * One moment a trigger came: when, what kind of trigger, the situation and feelings, which HALT
 * states were present, how strong the craving was (0–10), the response used (the plan's or another)
 * and how it ended. Append-only: a correction is a new entry naming the one it replaces and why,
 * and the replaced entry stops counting.
 */
public record TriggerLogEntry(
    Long id,
    long clientId,
    LocalDate occurredOn,
    TriggerCategory category,
    String situation,
    String feelings,
    Set<HaltState> haltStates,
    int craving,
    boolean responseFromPlan,
    String response,
    UseOutcome outcome,
    Long correctsId,
    String correctionReason,
    String recordedBy,
    Instant recordedAt) {

  public static final int MAX_CRAVING = 10;

  public TriggerLogEntry {
    EnumSet<HaltState> sorted = EnumSet.noneOf(HaltState.class);
    sorted.addAll(haltStates);
    haltStates = Collections.unmodifiableSet(sorted);
    if (craving < 0 || craving > MAX_CRAVING) {
      throw new RuleViolation("craving", "OUT_OF_RANGE", "from 0 to " + MAX_CRAVING);
    }
    if ((correctsId == null) != (correctionReason == null || correctionReason.isBlank())) {
      throw new RuleViolation(
          "correctionReason", "REASON_REQUIRED", "a correction, and only a correction, says why");
    }
  }

  /** Whether this moment ended in use. */
  public boolean endedInUse() {
    return outcome != UseOutcome.NO_USE;
  }

  public TriggerLogEntry withId(long id) {
    return new TriggerLogEntry(
        id,
        clientId,
        occurredOn,
        category,
        situation,
        feelings,
        haltStates,
        craving,
        responseFromPlan,
        response,
        outcome,
        correctsId,
        correctionReason,
        recordedBy,
        recordedAt);
  }
}
