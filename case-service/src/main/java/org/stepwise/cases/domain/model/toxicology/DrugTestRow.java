package org.stepwise.cases.domain.model.toxicology;

import java.util.List;

/**
 * One drug test as a house reported it, every field still as sent: rows are judged one by one so
 * that a bad row never costs the good ones. The substance lists are null when not sent.
 */
public record DrugTestRow(
    String clientRef,
    String collectedAt,
    String method,
    String reason,
    String result,
    List<String> substancesTested,
    List<String> substancesPositive,
    String labConfirmed,
    String collectedBy,
    String sourceRecordId) {}
