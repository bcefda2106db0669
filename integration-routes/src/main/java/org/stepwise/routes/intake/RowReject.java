package org.stepwise.routes.intake;

/** A row the house has to fix: its line, its own record id if it had one, and why. */
public record RowReject(
    long line, String sourceRecordId, String field, String code, String reason) {}
