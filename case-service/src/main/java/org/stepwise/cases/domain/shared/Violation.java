package org.stepwise.cases.domain.shared;

/**
 * One reason a request or a change was refused: the field it concerns, a stable code a client can
 * act on, and a readable message.
 */
public record Violation(String field, String code, String message) {}
