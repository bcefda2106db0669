package org.stepwise.cases.domain.model.attention;

/** How many items of a rule are open and how many acknowledged: the program's view, no client. */
public record RuleCount(AttentionRule rule, Severity severity, long open, long acknowledged) {}
