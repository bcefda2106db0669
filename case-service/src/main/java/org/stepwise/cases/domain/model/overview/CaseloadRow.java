package org.stepwise.cases.domain.model.overview;

import java.time.LocalDate;
import java.util.Set;

/** One client on a caseload list, with the same flags as the overview. */
public record CaseloadRow(
    long clientId,
    String name,
    String status,
    String caseManager,
    String houseCode,
    String currentLevel,
    LocalDate currentLevelSince,
    LocalDate stepDownTargetDate,
    java.time.Instant lastAttended,
    Set<Flag> flags) {}
