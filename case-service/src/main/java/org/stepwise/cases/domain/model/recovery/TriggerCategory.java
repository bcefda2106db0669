package org.stepwise.cases.domain.model.recovery;

/** What kind of thing sets a craving off. */
public enum TriggerCategory {
  PEOPLE,
  PLACES,
  FEELINGS,
  SITUATIONS
}
