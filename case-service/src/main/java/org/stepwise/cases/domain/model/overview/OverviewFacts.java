package org.stepwise.cases.domain.model.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stepwise.cases.domain.model.goal.GoalStatus;

/** The counts an overview needs, read in a fixed number of statements. */
public record OverviewFacts(
    List<Long> attendedByWeek,
    long attendedThisWeek,
    Instant lastAttended,
    Map<GoalStatus, Long> goalsByStatus,
    long goalsPastTarget,
    LocalDate lastStepDown,
    LocalDate lastLapse,
    LocalDate lastRelapse,
    AftercareFacts aftercare,
    AlertFacts alerts) {}
