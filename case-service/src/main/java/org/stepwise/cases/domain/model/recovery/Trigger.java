package org.stepwise.cases.domain.model.recovery;

/** A trigger the client knows, and what they plan to do when it comes. */
public record Trigger(TriggerCategory category, String description, String plannedResponse) {}
