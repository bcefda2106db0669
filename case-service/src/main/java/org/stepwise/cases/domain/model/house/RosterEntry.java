package org.stepwise.cases.domain.model.house;

import java.time.LocalDate;

/**
 * What a house manager sees of a resident: a roster line, not a chart (minimum necessary). {@code
 * attendedThisWeek} counts attended meetings since Monday, {@code randomTestsLast30Days} the random
 * drug tests taken (not missed) in the last 30 days.
 */
public record RosterEntry(
    long clientId,
    String clientRef,
    String name,
    LocalDate moveIn,
    Integer meetingsPerWeek,
    long attendedThisWeek,
    long randomTestsLast30Days) {}
