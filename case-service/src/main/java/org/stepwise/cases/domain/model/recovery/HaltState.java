package org.stepwise.cases.domain.model.recovery;

/** HALT: the four states that leave a person in recovery most open to a craving. */
public enum HaltState {
  HUNGRY,
  ANGRY,
  LONELY,
  TIRED
}
